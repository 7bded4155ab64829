package org.carepath.intake.scoring;

import java.util.Objects;
import java.util.Optional;

import org.carepath.intake.instrument.AnswerOption;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.Item;

/**
 * What a total means for one instrument: its bands, cut-off, crisis rule and suggested
 * next step, in one place per instrument. Item scores are not here: they are the
 * Questionnaire's ordinal values.
 */
interface InstrumentRules {

	String NOT_A_DIAGNOSIS = "This is a screening, not a diagnosis: it estimates from your answers alone whether a"
			+ " closer look would help. Only a clinician who talks with you can say what is going on, and a low score"
			+ " does not rule a problem out.";

	/** Fails fast (at start) when the instrument's data do not fit these rules. */
	void check(Instrument instrument);

	ScoreResult interpret(Tally tally, Respondent respondent);

	/**
	 * What makes a result of this instrument a crisis, in staff shorthand ("item 9
	 * positive"); only instruments with a crisis rule say it.
	 */
	default String crisisFinding() {
		return "crisis";
	}

	static Optional<InstrumentRules> forId(String instrumentId) {
		return Optional.ofNullable(switch (instrumentId) {
			case Dast10Rules.ID -> new Dast10Rules();
			case AuditCRules.ID -> new AuditCRules();
			case Phq9Rules.ID -> new Phq9Rules();
			case Gad7Rules.ID -> new Gad7Rules();
			case Crafft21Rules.ID -> new Crafft21Rules();
			default -> null;
		});
	}

	/** The highest total the data allow: each scored item's best option, added up. */
	static int maxScore(Instrument instrument) {
		return instrument.questions()
			.stream()
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

	static Item requiredItem(Instrument instrument, String system, String code, String what) {
		Item item = instrument.itemWithCode(system, code)
			.orElseThrow(
					() -> new IllegalStateException(instrument.id() + ": no item coded " + code + " (" + what + ")"));
		if (!item.scored() || !item.required() || item.isConditional()) {
			throw new IllegalStateException(instrument.id() + ": " + what + " must be a scored, required question");
		}
		return item;
	}

	static String interpretation(String meaning) {
		return meaning + " " + NOT_A_DIAGNOSIS;
	}

}
