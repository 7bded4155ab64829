package org.carepath.portal.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.carepath.portal.check.IntakeApi.Instrument;
import org.carepath.portal.system.CodeWords;

/**
 * "Which check is for me?": one plain question per self-check, made from what intake says
 * each one is for (its ages) and about (its topics), so a person picks by their worry
 * rather than by an acronym. Checks for a narrower age group come first: a 17-year-old
 * should start there.
 */
final class CheckChooser {

	/** Intake's topic codes as a person would put their worry, in this order. */
	static final Map<String, String> TOPICS = CodeWords.ordered("alcohol", "drinking alcohol", "drugs",
			"drugs other than alcohol, such as cannabis, pills or ketamine", "mood", "low mood", "anxiety",
			"worry or anxiety");

	private CheckChooser() {
	}

	static List<Choice> of(List<Instrument> instruments) {
		List<Choice> choices = new ArrayList<>();
		for (Instrument instrument : instruments) {
			if (instrument.id() == null || instrument.topicList().isEmpty()) {
				continue;
			}
			String about = String.join(" or ", instrument.topicList().stream().map(CheckChooser::topic).toList());
			String question = (instrument.maxAge() != null)
					? "Aged " + ages(instrument) + " and it is about " + about + "?"
					: capitalized(about) + "?" + ((instrument.minAge() != null) ? " (" + ages(instrument) + ")" : "");
			choices.add(new Choice(question, instrument.id(), name(instrument), instrument.maxAge() != null,
					firstTopic(instrument)));
		}
		choices.sort(Comparator.comparing((Choice choice) -> !choice.ageGroup()).thenComparingInt(Choice::order));
		return List.copyOf(choices);
	}

	private static String topic(String code) {
		return CodeWords.word(TOPICS, code).toLowerCase(java.util.Locale.ROOT);
	}

	private static int firstTopic(Instrument instrument) {
		List<String> codes = List.copyOf(TOPICS.keySet());
		int index = codes.indexOf(instrument.topicList().getFirst());
		return (index >= 0) ? index : codes.size();
	}

	private static String ages(Instrument instrument) {
		if (instrument.minAge() != null && instrument.maxAge() != null) {
			return instrument.minAge() + " to " + instrument.maxAge();
		}
		return (instrument.minAge() != null) ? instrument.minAge() + " or older" : "up to " + instrument.maxAge();
	}

	/** The title without its explanation: "AUDIT-C (alcohol)" → "AUDIT-C". */
	private static String name(Instrument instrument) {
		String title = (instrument.title() != null) ? instrument.title() : instrument.id();
		int bracket = title.indexOf(" (");
		return (bracket > 0) ? title.substring(0, bracket) : title;
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * One line of the chooser: the question a person answers with yes, and the check it
	 * leads to.
	 */
	record Choice(String question, String instrumentId, String name, boolean ageGroup, int order) {
	}

}
