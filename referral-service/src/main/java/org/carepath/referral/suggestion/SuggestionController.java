package org.carepath.referral.suggestion;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.support.audit.AuditLog;
import org.carepath.support.problem.Problems;
import org.carepath.support.security.Actors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open referral suggestions for staff (secured in SecurityConfiguration), crisis first.
 */
@RestController
@RequestMapping("/api/referrals/suggestions")
class SuggestionController {

	private final ReferralSuggestions suggestions;

	private final AuditLog audit;

	SuggestionController(ReferralSuggestions suggestions, AuditLog audit) {
		this.suggestions = suggestions;
		this.audit = audit;
	}

	@GetMapping
	@Transactional
	List<ReferralSuggestions.Suggestion> open(@AuthenticationPrincipal Jwt jwt) {
		this.audit.record(Actors.of(jwt), "suggestions.listed", null, "staff view");
		return this.suggestions.open();
	}

	@PostMapping("/{id}/dismiss")
	@Transactional
	ResponseEntity<Void> dismiss(@PathVariable UUID id, @RequestBody(required = false) @Nullable Dismissal body,
			@AuthenticationPrincipal Jwt jwt) {
		String reason = (body != null && body.reason() != null && !body.reason().isBlank())
				? body.reason().strip().substring(0, Math.min(200, body.reason().strip().length())) : null;
		if (!this.suggestions.dismiss(id, Actors.of(jwt), reason)) {
			if (!this.suggestions.exists(id)) {
				throw Problems.exception(HttpStatus.NOT_FOUND, "Not found", "No such suggestion.");
			}
			throw Problems.exception(HttpStatus.CONFLICT, "suggestion-closed", "Suggestion closed",
					"This suggestion was already dismissed or referred.");
		}
		this.audit.record(Actors.of(jwt), "suggestion.dismissed", null, "staff dismissed a suggestion");
		return ResponseEntity.noContent().build();
	}

	record Dismissal(@Nullable String reason) {
	}

}
