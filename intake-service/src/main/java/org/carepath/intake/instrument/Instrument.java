package org.carepath.intake.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A screening instrument as the server asks and scores it, read once from its FHIR
 * Questionnaire. Immutable. {@code lookBack} is an ISO 8601 period ({@code P12M},
 * {@code P2W}); {@code totalScoreCode} is the LOINC code of the total score, {@code null}
 * where none is known (CRAFFT 2.1). {@code minAge}, {@code maxAge} (years) and
 * {@code topics} ({@code alcohol}, {@code drugs}, {@code mood}, {@code anxiety}) are the
 * Questionnaire's {@code useContext}: who the instrument is for and what it is about, so
 * a person can pick one.
 */
public record Instrument(String id, String url, String version, String name, String title, String description,
		String copyright, List<Coding> codes, @Nullable Coding totalScoreCode, String lookBack, String population,
		int estimatedMinutes, List<Item> items, @Nullable Integer minAge, @Nullable Integer maxAge,
		List<String> topics) {

	public Instrument {
		codes = List.copyOf(codes);
		items = List.copyOf(items);
		topics = List.copyOf(topics);
	}

	/**
	 * The title without its explanation in brackets, as staff name the instrument:
	 * {@code PHQ-9 (depression)} → {@code PHQ-9}.
	 */
	public String shortTitle() {
		int bracket = this.title.indexOf(" (");
		return (bracket > 0) ? this.title.substring(0, bracket) : this.title;
	}

	/** The items a person answers, in order (display text left out). */
	public List<Item> questions() {
		return this.items.stream().filter(Item::isQuestion).toList();
	}

	public Optional<Item> item(String linkId) {
		return this.items.stream().filter(item -> item.linkId().equals(linkId)).findFirst();
	}

	/**
	 * The highest total a person can score: the most points of each scored item, added
	 * up.
	 */
	public int maxScore() {
		return questions().stream()
			.filter(Item::scored)
			.mapToInt(item -> item.answerOptions()
				.stream()
				.map(AnswerOption::ordinalValue)
				.filter(Objects::nonNull)
				.mapToInt(Integer::intValue)
				.max()
				.orElse(0))
			.sum();
	}

	/** The item carrying a code, e.g. PHQ-9 item 9 by its LOINC code 44260-8. */
	public Optional<Item> itemWithCode(String system, String code) {
		return this.items.stream().filter(item -> item.hasCode(system, code)).findFirst();
	}

}
