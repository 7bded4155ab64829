package org.carepath.portal.layout;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where a sign-in link returns to ({@code ?continue=/learn/ketamine}): only a path on
 * this site. Anything that could leave it (an absolute URL, {@code //host},
 * {@code /\host}, a scheme, control characters) is refused, so the link cannot be used to
 * send someone elsewhere after they signed in.
 */
public final class ContinuePath {

	private static final int MAX_LENGTH = 2000;

	private ContinuePath() {
	}

	public static Optional<String> safe(@Nullable String path) {
		if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/'
				|| path.startsWith("//") || path.startsWith("/\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
				|| path.indexOf('\\') >= 0) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(path);
			if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getRawPath() == null
					|| !uri.getRawPath().startsWith("/")) {
				return Optional.empty();
			}
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		return Optional.of(path);
	}

}
