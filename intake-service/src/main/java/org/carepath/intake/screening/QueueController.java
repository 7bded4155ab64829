package org.carepath.intake.screening;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff work (secured in SecurityConfiguration): the queue and a screening's audited detail. */
@RestController
@RequestMapping("/api/intake/screenings")
class QueueController {

	private final ScreeningQueue queue;

	private final ScreeningDetails details;

	QueueController(ScreeningQueue queue, ScreeningDetails details) {
		this.queue = queue;
		this.details = details;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<QueueItem> queue(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String instrument,
			@RequestParam(required = false) @Nullable String band) {
		return this.queue.find(status, instrument, band);
	}

	@GetMapping("/{id}")
	ScreeningDetail detail(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt,
			@RequestHeader(name = "X-Access-Reason", required = false) @Nullable String reason) {
		String actor = jwt.getClaimAsString("preferred_username");
		return this.details.read(id, (actor != null) ? actor : jwt.getSubject(), reason);
	}

}
