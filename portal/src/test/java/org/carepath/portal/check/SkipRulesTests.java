package org.carepath.portal.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SkipRulesTests {

	static Questionnaire fixture(String name) {
		try (InputStream in = SkipRulesTests.class.getResourceAsStream("/intake/" + name + ".json")) {
			return Questionnaire.fromJson(name, JsonMapper.shared().readTree(in));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final Questionnaire crafft = fixture("crafft-2.1");

	@Test
	void crafftDropsPartBAnswersExceptCarWhenAllDaysAreZero() {
		Map<String, Object> answers = crafftAnswers(0, 0, 0);

		assertThat(SkipRules.dropSkipped(this.crafft, answers)).containsOnlyKeys("alcohol-days", "cannabis-days",
				"other-days", "car");
	}

	@Test
	void crafftKeepsEveryAnswerWhenAnyDaysAreMoreThanZero() {
		Map<String, Object> answers = crafftAnswers(0, 3, 0);

		assertThat(SkipRules.dropSkipped(this.crafft, answers)).isEqualTo(answers);
	}

	@Test
	void aMissingOrUnreadableAnswerDoesNotMeetAMoreThanCondition() {
		Questionnaire.Condition moreThanZero = new Questionnaire.Condition("days", ">", 0, null);

		assertThat(SkipRules.isMet(moreThanZero, null)).isFalse();
		assertThat(SkipRules.isMet(moreThanZero, "lots")).isFalse();
		assertThat(SkipRules.isMet(moreThanZero, "0")).isFalse();
		assertThat(SkipRules.isMet(moreThanZero, 1)).isTrue();
		assertThat(SkipRules.isMet(moreThanZero, " 12 ")).isTrue();
	}

	@Test
	void behaviorAllNeedsEveryConditionAndAnyNeedsOne() {
		List<Questionnaire.Condition> conditions = List.of(new Questionnaire.Condition("a", ">", 0, null),
				new Questionnaire.Condition("b", ">", 0, null));
		Questionnaire.Item all = item(conditions, "all");
		Questionnaire.Item any = item(conditions, "any");
		Map<String, Object> oneMet = Map.of("a", 2, "b", 0);

		assertThat(SkipRules.isEnabled(all, oneMet)).isFalse();
		assertThat(SkipRules.isEnabled(any, oneMet)).isTrue();
		assertThat(SkipRules.isEnabled(all, Map.of("a", 2, "b", 1))).isTrue();
		assertThat(SkipRules.isEnabled(item(List.of(), null), Map.of())).isTrue();
	}

	@Test
	void crafftConditionalItemsShareOneNoteSayingWhenToAnswerThem() {
		Questionnaire.Item relax = this.crafft.item("relax");
		Questionnaire.Item alone = this.crafft.item("alone");

		assertThat(this.crafft.startsConditionalGroup(relax)).isTrue();
		assertThat(this.crafft.startsConditionalGroup(alone)).isFalse();
		assertThat(this.crafft.startsConditionalGroup(this.crafft.item("car"))).isFalse();
		assertThat(this.crafft.conditionNoteId(alone)).isEqualTo(this.crafft.conditionNoteId(relax));
		assertThat(this.crafft.conditionNote(relax))
			.isEqualTo("Answer these only if you entered more than 0 days above");
	}

	private static Questionnaire.Item item(List<Questionnaire.Condition> conditions, String behavior) {
		return new Questionnaire.Item("x", null, "X?", "choice", true, List.of(), null, null, conditions, behavior);
	}

	private static Map<String, Object> crafftAnswers(int alcohol, int cannabis, int other) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("alcohol-days", alcohol);
		answers.put("cannabis-days", cannabis);
		answers.put("other-days", other);
		for (String linkId : List.of("car", "relax", "alone", "forget", "family-friends", "trouble")) {
			answers.put(linkId, "LA32-8");
		}
		return answers;
	}

}
