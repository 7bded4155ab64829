package org.carepath.portal.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import tools.jackson.databind.JsonNode;

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
	 * Reads the items of a JSON answer, tolerant of its shape: a plain array, or a page
	 * object carrying the array as {@code items} or {@code content}. Items the mapper
	 * turns into {@code null} are skipped.
	 */
	public static <T> ServiceListing<T> fromJson(@Nullable JsonNode body, Function<JsonNode, @Nullable T> mapper) {
		List<T> items = new ArrayList<>();
		for (JsonNode node : itemsOf(body)) {
			T item = mapper.apply(node);
			if (item != null) {
				items.add(item);
			}
		}
		return new ServiceListing<>(items, true);
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

	/**
	 * A text field of a JSON object, or {@code null} when it is absent, not text, or
	 * blank.
	 */
	public static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

	private static Iterable<JsonNode> itemsOf(@Nullable JsonNode body) {
		if (body == null) {
			return List.of();
		}
		if (body.isArray()) {
			return body;
		}
		for (String field : List.of("items", "content")) {
			JsonNode items = body.get(field);
			if (items != null && items.isArray()) {
				return items;
			}
		}
		return List.of();
	}

}
