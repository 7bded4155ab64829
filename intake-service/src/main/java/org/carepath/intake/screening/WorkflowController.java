package org.carepath.intake.screening;

import java.util.UUID;

import jakarta.validation.Valid;

import org.carepath.support.security.Actors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff work on a screening (secured in SecurityConfiguration): moving it along the
 * workflow, correcting it. Refusals are mapped in {@link ScreeningProblems}.
 */
@RestController
@RequestMapping("/api/intake/screenings/{id}")
class WorkflowController {

	private final StatusChanges statusChanges;

	private final Amendments amendments;

	private final ScreeningDetails details;

	WorkflowController(StatusChanges statusChanges, Amendments amendments, ScreeningDetails details) {
		this.statusChanges = statusChanges;
		this.amendments = amendments;
		this.details = details;
	}

	@PostMapping("/status")
	StatusView changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChangeRequest request,
			Authentication authentication) {
		return this.statusChanges.change(id, request, actor(authentication));
	}

	/**
	 * Answers with the screening's full detail after the correction (a read, audited as
	 * such).
	 */
	@PostMapping("/amendments")
	ScreeningDetail amend(@PathVariable UUID id, @Valid @RequestBody AmendmentRequest request,
			Authentication authentication) {
		String actor = actor(authentication);
		this.amendments.amend(id, request, actor);
		return this.details.read(id, actor, "amendment")
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No screening has this id."));
	}

	private static String actor(Authentication authentication) {
		String username = Actors.of(authentication);
		return (username != null) ? username : authentication.getName();
	}

}
