package org.carepath.intake.screening;

import java.util.UUID;

import org.carepath.support.security.Actors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A signed-in patient's own screenings (role patient, SecurityConfiguration): found by
 * the token's sub only.
 */
@RestController
@RequestMapping("/api/intake/my/screenings")
class MyScreeningsController {

	private final MyScreenings mine;

	MyScreeningsController(MyScreenings mine) {
		this.mine = mine;
	}

	@GetMapping
	OwnScreenings list(@AuthenticationPrincipal Jwt jwt) {
		return this.mine.list(subject(jwt), Actors.of(jwt));
	}

	@GetMapping("/{id}")
	SubmissionResult one(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		return this.mine.one(id, subject(jwt), Actors.of(jwt))
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no screening with this id."));
	}

	private static String subject(Jwt jwt) {
		if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
			// Without a sub there is no way to tell whose screenings these would be.
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The token names no subject.");
		}
		return jwt.getSubject();
	}

}
