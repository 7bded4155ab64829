package org.carepath.intake.screening;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The result a person sees. When {@code crisis} is true, {@code crisisPanel} comes first
 * in the JSON so that a client rendering top to bottom shows it before anything else; it
 * is absent otherwise. {@code maxScore} is the scale of {@code score} ("6 of 10"), absent
 * for an instrument version no longer shipped; {@code review} says when someone at the
 * clinic will look at the answers, by the clinic's opening hours, as of this answer.
 * {@code notes} are for the clinician, not for the person's page.
 */
@JsonPropertyOrder({ "crisisPanel", "id", "reference", "instrument", "version", "score", "maxScore", "band", "positive",
		"crisis", "nextStep", "review", "interpretation", "notes", "resources", "relatedArticles" })
record SubmissionResult(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable CrisisPanel crisisPanel, UUID id,
		String reference, String instrument, String version, int score,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer maxScore, String band, boolean positive,
		boolean crisis, Step nextStep, OpeningHours.Review review, String interpretation, List<String> notes,
		List<Guidance.Resource> resources, List<Guidance.Article> relatedArticles) {

	record Step(String code, String text) {
	}

	record CrisisPanel(String statement, List<Guidance.Resource> contacts) {
	}

}
