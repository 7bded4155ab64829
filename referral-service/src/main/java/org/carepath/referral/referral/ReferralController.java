package org.carepath.referral.referral;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;

import org.carepath.support.idempotency.IdempotencyKeys;
import org.carepath.support.security.Actors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's side of referrals (roles in SecurityConfiguration): clinicians refer with
 * consent and record revocations; staff read referrals, the accounting of disclosures and
 * the FHIR view.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private final ReferralService service;

	private final ReferralReader reader;

	ReferralController(ReferralService service, ReferralReader reader) {
		this.service = service;
		this.reader = reader;
	}

	/**
	 * With an {@code Idempotency-Key}, the same request sent again (the portal
	 * re-posting, the gateway retrying on another instance) answers 200 with the referral
	 * the first one made: nothing is disclosed twice.
	 */
	@PostMapping
	ResponseEntity<ReferralViews.Details> refer(@RequestBody ReferralRequest request,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@AuthenticationPrincipal Jwt jwt) {
		String key = IdempotencyKeys.checked(idempotencyKey);
		ReferralService.Made made;
		try {
			made = this.service.request(request, Actors.of(jwt), key);
		}
		catch (DuplicateKeyException ex) {
			if (key == null) {
				throw ex;
			}
			// Two requests with this key raced; the other one made the referral.
			made = new ReferralService.Made(this.service.replay(key, request).orElseThrow(() -> ex), false);
		}
		URI location = URI.create("/api/referrals/" + made.id());
		ReferralViews.Details details = this.reader.details(made.id(), Actors.of(jwt), "referral.read");
		return made.created() ? ResponseEntity.created(location).body(details)
				: ResponseEntity.ok().location(location).body(details);
	}

	@GetMapping
	List<ReferralViews.Summary> list(@RequestParam(required = false) @ReferralStatus.Code @Nullable String status,
			@AuthenticationPrincipal Jwt jwt) {
		ReferralStatus filter = (status != null) ? ReferralStatus.of(status).orElse(null) : null;
		return this.reader.list(filter, Actors.of(jwt));
	}

	@GetMapping("/{id}")
	ReferralViews.Details details(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		return this.reader.details(id, Actors.of(jwt), "referral.read");
	}

	@GetMapping("/{id}/disclosures")
	List<DisclosureRecord> disclosures(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		return this.reader.disclosures(id, Actors.of(jwt));
	}

	@GetMapping(path = "/{id}/fhir", produces = { "application/fhir+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> fhir(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		return ResponseEntity.ok().contentType(FHIR_JSON).body(this.reader.fhir(id, Actors.of(jwt)));
	}

	@PostMapping("/{id}/consent/revoke")
	ReferralViews.Details revoke(@PathVariable UUID id, @Valid @RequestBody RevokeRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		this.service.revoke(id, request, Actors.of(jwt));
		return this.reader.details(id, Actors.of(jwt), "referral.read");
	}

}
