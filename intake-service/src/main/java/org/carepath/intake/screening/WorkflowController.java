package org.carepath.intake.screening;

import java.util.UUID;

import org.carepath.support.problem.Problems;
import org.carepath.support.security.Actors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff work on a screening (secured in SecurityConfiguration): moving it along the
 * workflow, correcting it.
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
	StatusView changeStatus(@PathVariable UUID id, @RequestBody StatusChangeRequest request,
			Authentication authentication) {
		try {
			return this.statusChanges.change(id, request, actor(authentication));
		}
		catch (OptimisticLockingFailureException ex) {
			throw concurrentChange();
		}
	}

	/**
	 * Answers with the screening's full detail after the correction (a read, audited as
	 * such).
	 */
	@PostMapping("/amendments")
	ScreeningDetail amend(@PathVariable UUID id, @RequestBody AmendmentRequest request, Authentication authentication) {
		String actor = actor(authentication);
		try {
			this.amendments.amend(id, request, actor);
		}
		catch (OptimisticLockingFailureException ex) {
			throw concurrentChange();
		}
		return this.details.read(id, actor, "amendment");
	}

	private static String actor(Authentication authentication) {
		String username = Actors.of(authentication);
		return (username != null) ? username : authentication.getName();
	}

	/**
	 * Two staff members changed the screening at the same moment; the other change was
	 * stored first.
	 */
	private static ErrorResponseException concurrentChange() {
		return Problems.exception(HttpStatus.CONFLICT, "conflict", "Changed by someone else",
				"Someone else changed this screening at the same time. Reload it and try again.");
	}

}
