package org.carepath.intake.screening;

import java.net.URI;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.carepath.support.idempotency.IdempotencyKeys;
import org.carepath.support.problem.Problems;
import org.carepath.support.security.Actors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/intake/screenings}: open to anyone for {@code mode: self} (a token,
 * when sent, is checked by the filter chain); {@code mode: staff} needs the staff role,
 * checked here because it depends on the body. Fields are checked before
 * ({@link SubmissionRequest}'s constraints), answers by the scorer; refusals are mapped
 * in {@link ScreeningProblems}.
 */
@RestController
@RequestMapping("/api/intake/screenings")
class SubmissionController {

	private final SubmissionService service;

	SubmissionController(SubmissionService service) {
		this.service = service;
	}

	@PostMapping
	ResponseEntity<SubmissionResult> submit(@Valid @RequestBody SubmissionRequest request,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Nullable Authentication authentication) {
		String username = Actors.of(authentication);
		String administeredBy = null;
		if (request.staffAdministered()) {
			if (username == null) {
				throw problem(HttpStatus.UNAUTHORIZED, "Sign in needed",
						"A screening administered by staff needs a staff member's token.");
			}
			if (authentication.getAuthorities().stream().noneMatch(a -> "ROLE_staff".equals(a.getAuthority()))) {
				throw problem(HttpStatus.FORBIDDEN, "Not allowed",
						"Only staff may record a screening on a patient's behalf.");
			}
			administeredBy = username;
		}
		String key = IdempotencyKeys.checked(idempotencyKey);
		String actor = (username != null) ? username : "anonymous";
		String subject = patientSubject(request, authentication);
		Submission submission;
		try {
			submission = this.service.submit(request, key, administeredBy, actor, subject);
		}
		catch (DataIntegrityViolationException ex) {
			// The key was used before (a retry, or two that raced): the first result.
			Optional<Submission> earlier = (key != null) ? this.service.replay(key, this.service.hash(request))
					: Optional.empty();
			// Else the random reference was taken (about 1 in 3.4e10 per screening
			// stored): once more with a new one.
			submission = earlier.isPresent() ? earlier.get()
					: this.service.submit(request, key, administeredBy, actor, subject);
		}
		SubmissionResult result = submission.result();
		if (!submission.created()) {
			return ResponseEntity.ok().location(location(result)).body(result);
		}
		return ResponseEntity.created(location(result)).body(result);
	}

	private static URI location(SubmissionResult result) {
		return URI.create("/api/intake/screenings/" + result.id());
	}

	/**
	 * A signed-in patient's own self-check is linked to their token's {@code sub};
	 * anonymous ones stay unlinked.
	 */
	private static @Nullable String patientSubject(SubmissionRequest request, @Nullable Authentication authentication) {
		if (request.selfCheck() && authentication != null && authentication.getPrincipal() instanceof Jwt jwt
				&& authentication.getAuthorities().stream().anyMatch(a -> "ROLE_patient".equals(a.getAuthority()))) {
			return jwt.getSubject();
		}
		return null;
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ErrorResponseException ex = Problems.exception(status, title, detail);
		if (status == HttpStatus.UNAUTHORIZED) {
			ex.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return ex;
	}

}
