package org.carepath.portal.system;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Idempotency-Key} a form carries in a hidden field, generated when the form
 * is rendered: a double submit, a reload of the answer, or the portal's client repeating
 * the POST on another instance is then one request at the service
 * ({@code IdempotencyKeys} in service-support).
 */
public final class FormKeys {

	private static final Pattern UUID_FORMAT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private FormKeys() {
	}

	public static String newKey() {
		return UUID.randomUUID().toString();
	}

	/** The posted key, or a new one when it is missing or not one of ours. */
	public static String postedOrNew(@Nullable String posted) {
		return (posted != null && UUID_FORMAT.matcher(posted).matches()) ? posted : newKey();
	}

}
