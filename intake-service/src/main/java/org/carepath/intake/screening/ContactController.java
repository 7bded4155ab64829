package org.carepath.intake.screening;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.carepath.support.security.Actors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/intake/screenings/{id}/contact}: public, rate-limited like the
 * self-check itself.
 */
@RestController
class ContactController {

	private final LateContacts contacts;

	ContactController(LateContacts contacts) {
		this.contacts = contacts;
	}

	@PostMapping("/api/intake/screenings/{id}/contact")
	ResponseEntity<ContactReceipt> contact(@PathVariable UUID id, @Valid @RequestBody ContactRequest request,
			@Nullable Authentication authentication) {
		String username = Actors.of(authentication);
		ContactReceipt receipt;
		try {
			receipt = this.contacts.record(id, request, (username != null) ? username : "anonymous");
		}
		catch (DataIntegrityViolationException ex) {
			// Two requests for the same screening raced; the other one stored its details
			// first.
			throw new ContactAlreadyGivenException();
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(receipt);
	}

}
