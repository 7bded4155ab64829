package org.carepath.intake.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/intake/my/screenings}: a signed-in patient's own screenings, newest
 * first, and per instrument the scores oldest first to draw a trend. Results only: no
 * answers, no staff notes, no workflow status.
 */
record OwnScreenings(List<Summary> screenings, List<Trend> trends) {

	/** {@code maxScore} is absent for an instrument no longer shipped. */
	record Summary(UUID id, String reference, String instrument, String instrumentTitle, String version,
			Instant completedAt, int score, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer maxScore,
			String band, boolean positive, boolean crisis, SubmissionResult.Step nextStep) {
	}

	record Trend(String instrument, List<Point> points) {
	}

	record Point(Instant completedAt, int score, String band) {
	}

}
