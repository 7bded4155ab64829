package org.carepath.intake.screening;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.support.security.Actors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/intake/screenings/{id}/fhir}: staff only (SecurityConfiguration),
 * audited.
 */
@RestController
@RequestMapping("/api/intake/screenings")
class FhirExportController {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private final FhirExports exports;

	FhirExportController(FhirExports exports) {
		this.exports = exports;
	}

	// No "produces": errors must still be able to answer application/problem+json.
	@GetMapping("/{id}/fhir")
	ResponseEntity<byte[]> fhir(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt,
			@RequestHeader(name = "X-Access-Reason", required = false) @Nullable String reason) {
		byte[] bundle = this.exports.bundle(id, Actors.of(jwt), reason)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No screening has this id."));
		return ResponseEntity.ok().contentType(FHIR_JSON).body(bundle);
	}

}
