package org.carepath.portal.system;

import java.util.List;

import org.slf4j.Logger;

import org.springframework.web.client.RestClientResponseException;

/**
 * A list read from another CarePath service, or the fact that it could not be read. Pages
 * show "temporarily unavailable" for the second case instead of failing, so the crisis
 * line is always on screen.
 *
 * @param items what the service returned (empty when it has nothing yet, or was
 * unreachable)
 * @param available whether the service answered
 */
public record ServiceListing<T>(List<T> items, boolean available) {

	public ServiceListing {
		items = List.copyOf(items);
	}

	/** What the service answered. */
	public static <T> ServiceListing<T> of(List<T> items) {
		return new ServiceListing<>(items, true);
	}

	public static <T> ServiceListing<T> unavailable() {
		return new ServiceListing<>(List.of(), false);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/**
	 * Logs why a service could not be used: status or failure kind only, never a body
	 * that may hold data.
	 */
	public static void logFailure(Logger log, String what, RuntimeException ex) {
		if (ex instanceof RestClientResponseException response) {
			log.warn("{} unavailable: HTTP {}", what, response.getStatusCode().value());
		}
		else {
			log.warn("{} unavailable: {}", what, ex.getClass().getSimpleName());
		}
	}

}
