package org.carepath.support.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.support.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The {@code Idempotency-Key} header of a creating {@code POST}: a client (the portal,
 * the gateway retrying on another instance, a script) sends the same key again when it
 * did not get the answer, and the service answers with what the first request made
 * instead of making it twice. A service stores the key with a hash of the request body,
 * so the same key with another body is refused rather than answered with something else.
 */
public final class IdempotencyKeys {

	public static final String HEADER = "Idempotency-Key";

	/** The column the services store it in is this long. */
	public static final int MAX_LENGTH = 100;

	private IdempotencyKeys() {
	}

	/**
	 * The key, or null when the header is absent or blank.
	 * @throws org.springframework.web.ErrorResponseException 400 when it is too long
	 */
	public static @Nullable String checked(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		if (header.length() > MAX_LENGTH) {
			throw Problems.exception(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
					"The Idempotency-Key header must be at most " + MAX_LENGTH + " characters.");
		}
		return header;
	}

	/**
	 * May this request be sent again to another instance when the connection to the first
	 * one failed? {@code GET}, {@code HEAD} and {@code OPTIONS} change nothing; a
	 * {@code POST} with a key is answered once whatever reaches the service twice. Any
	 * other request may already have done its work on the instance that died, so it is
	 * not repeated. The gateway's routes and the portal's clients both follow this rule.
	 */
	public static boolean safeToRepeat(@Nullable HttpMethod method, HttpHeaders headers) {
		if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
			return true;
		}
		String key = headers.getFirst(HEADER);
		return HttpMethod.POST.equals(method) && key != null && !key.isBlank();
	}

	/**
	 * SHA-256 of the request as canonical JSON (map entries sorted), hex: equal for the
	 * same request sent twice, whatever the order of its JSON fields.
	 */
	public static String hash(JsonMapper json, Object request) {
		try {
			byte[] canonical = json.writer()
				.with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
				.writeValueAsBytes(request);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
