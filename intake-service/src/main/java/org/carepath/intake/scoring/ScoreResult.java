package org.carepath.intake.scoring;

import java.util.List;
import java.util.Map;

/**
 * A scored screening. {@code band} is the instrument's band code (e.g.
 * {@code moderately-severe}); {@code positive} means the instrument's cut-off was
 * reached; {@code crisis} means a safety event (PHQ-9 item 9) that needs same-day
 * clinician review whatever the total. {@code interpretation} is plain language for the
 * person; {@code notes} are for the clinician. {@code subscores} is empty for the
 * instruments shipped today.
 */
public record ScoreResult(int score, String band, boolean positive, boolean crisis, NextStep nextStep,
		String interpretation, List<String> notes, Map<String, Integer> subscores) {

	public ScoreResult {
		notes = List.copyOf(notes);
		subscores = Map.copyOf(subscores);
	}

}
