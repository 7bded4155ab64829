package org.carepath.intake.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.carepath.support.audit.AuditLog;
import org.carepath.support.security.Actors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff work (secured in SecurityConfiguration): the queue and a screening's audited
 * detail. The queue answers a page at a time ({@code page} from 1, {@code size} up to
 * {@value #MAX_PAGE_SIZE}, {@value #PAGE_SIZE} by default) as a JSON array, as before,
 * with the whole count in {@code X-Total-Count} and the neighbouring pages as RFC 8288
 * {@code Link} headers ({@code rel="next"}, {@code rel="prev"}).
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

	static final int PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 100;

	static final String TOTAL_COUNT = "X-Total-Count";

	@GetMapping
	@Transactional
	ResponseEntity<List<QueueItem>> queue(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String instrument,
			@RequestParam(required = false) @Nullable String band,
			@RequestParam(defaultValue = "1") @Min(value = 1, message = "must be 1 or more") int page,
			@RequestParam(defaultValue = "" + PAGE_SIZE) @Min(value = 1, message = "must be 1 or more") @Max(
					value = MAX_PAGE_SIZE, message = "must be at most " + MAX_PAGE_SIZE) int size,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		ScreeningQueue.Page found = this.queue.find(status, instrument, band, page, size);
		// The queue shows bands and crisis flags per screening: a read of health data
		// like any other.
		this.audit.record(Actors.of(jwt), "screenings.listed", null, "queue: " + found.items().size() + " screenings");
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(found.total()))
			.headers(headers -> links(request, found).forEach(link -> headers.add(HttpHeaders.LINK, link)))
			.body(found.items());
	}

	/** Relative links, so they are right behind the gateway too. */
	private static List<String> links(HttpServletRequest request, ScreeningQueue.Page found) {
		List<String> links = new ArrayList<>();
		if (found.hasNext()) {
			links.add(link(request, found.page() + 1, found.size(), "next"));
		}
		if (found.page() > 1) {
			links.add(link(request, found.page() - 1, found.size(), "prev"));
		}
		return links;
	}

	/** The same query (the filters) with another page. */
	private static String link(HttpServletRequest request, int page, int size, String rel) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!"page".equals(name) && !"size".equals(name)) {
				uri.queryParam(name, (Object[]) values);
			}
		});
		return "<" + uri.queryParam("page", page).queryParam("size", size).encode().build().toUriString() + ">; rel=\""
				+ rel + "\"";
	}

	@GetMapping("/{id}")
	ScreeningDetail detail(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt,
			@RequestHeader(name = "X-Access-Reason", required = false) @Nullable String reason) {
		return this.details.read(id, Actors.of(jwt), reason)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No screening has this id."));
	}

}
