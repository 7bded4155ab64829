package org.carepath.intake.oncall;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.carepath.support.security.Actors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The on-call roster (docs/clinic-operations.md#on-call-roster-and-escalation). Admins
 * only (SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/intake/on-call")
class OnCallController {

	private final OnCallRoster roster;

	OnCallController(OnCallRoster roster) {
		this.roster = roster;
	}

	@GetMapping
	RosterView roster() {
		return this.roster.view();
	}

	@PostMapping("/slots")
	@ResponseStatus(HttpStatus.CREATED)
	RosterView.Slot addSlot(@Valid @RequestBody SlotRequest request, @AuthenticationPrincipal Jwt jwt) {
		return RosterView.Slot.of(this.roster.addSlot(request.toSlot(), Actors.of(jwt)));
	}

	@DeleteMapping("/slots/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteSlot(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		this.roster.deleteSlot(id, Actors.of(jwt));
	}

	@PostMapping("/exceptions")
	@ResponseStatus(HttpStatus.CREATED)
	RosterView.Exception addException(@Valid @RequestBody ExceptionRequest request, @AuthenticationPrincipal Jwt jwt) {
		ExceptionPeriod exception = request.toException();
		if (!exception.end().isAfter(exception.start())) {
			throw new InvalidPeriodException("end", "must be after the start");
		}
		return RosterView.Exception.of(this.roster.addException(exception, Actors.of(jwt)));
	}

	@DeleteMapping("/exceptions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteException(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		this.roster.deleteException(id, Actors.of(jwt));
	}

	@PutMapping("/escalation-contact")
	Map<String, String> setEscalationContact(@Valid @RequestBody EscalationContactRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		return Map.of("email", this.roster.setEscalationContact(request.email().strip(), Actors.of(jwt)));
	}

}
