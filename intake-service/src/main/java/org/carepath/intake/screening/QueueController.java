package org.carepath.intake.screening;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.support.audit.AuditLog;
import org.carepath.support.security.Actors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff work (secured in SecurityConfiguration): the queue and a screening's audited
 * detail.
 */
@RestController
@RequestMapping("/api/intake/screenings")
class QueueController {

	private final ScreeningQueue queue;

	private final ScreeningDetails details;

	private final AuditLog audit;

	QueueController(ScreeningQueue queue, ScreeningDetails details, AuditLog audit) {
		this.queue = queue;
		this.details = details;
		this.audit = audit;
	}

	@GetMapping
	@Transactional
	List<QueueItem> queue(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String instrument,
			@RequestParam(required = false) @Nullable String band, @AuthenticationPrincipal Jwt jwt) {
		List<QueueItem> items = this.queue.find(status, instrument, band);
		// The queue shows bands and crisis flags per screening: a read of health data
		// like any other.
		this.audit.record(Actors.of(jwt), "screenings.listed", null, "queue: " + items.size() + " screenings");
		return items;
	}

	@GetMapping("/{id}")
	ScreeningDetail detail(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt,
			@RequestHeader(name = "X-Access-Reason", required = false) @Nullable String reason) {
		return this.details.read(id, Actors.of(jwt), reason)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No screening has this id."));
	}

}
