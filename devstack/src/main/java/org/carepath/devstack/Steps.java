package org.carepath.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Numbers the progress lines:
 * {@code [4/9] Keycloak ready on http://localhost:8180 (17.2 s)}.
 */
final class Steps {

	private static final Logger log = LoggerFactory.getLogger(Stack.class);

	private final Progress progress;

	private final int total;

	private int done;

	Steps(Progress progress, int total) {
		this.progress = progress;
		this.total = total;
	}

	synchronized void done(String what, Instant since) {
		done++;
		double seconds = Duration.between(since, Instant.now()).toMillis() / 1000.0;
		String line = String.format(Locale.ROOT, "[%d/%d] %s (%.1f s)", done, total, what, seconds);
		log.info(line);
		progress.step(line);
	}

	void note(String message) {
		log.info(message);
		progress.note(message);
	}

}
