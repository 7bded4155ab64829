package org.carepath.portal.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.portal.check.IntakeApi.Answer;
import org.carepath.portal.system.FormKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * What a person entered on a self-check form, as posted: kept as typed so the form can be
 * shown again with their answers after a problem, and turned into the intake service's
 * {@code answers} map for submission.
 *
 * @param answers linkId → the code of the chosen option or the number as typed; blank
 * answers are left out
 * @param idempotencyKey the key generated when the form was rendered: a double submit
 * creates one screening
 */
record CheckForm(Map<String, String> answers, @Nullable String sex, @Nullable String ageBand, String idempotencyKey) {

	static final String ANSWER_PREFIX = "answer.";

	static final List<String> SEXES = List.of("female", "male");

	static final List<String> AGE_BANDS = List.of("12-17", "18-25", "26-34", "35-44", "45-54", "55-64", "65+");

	CheckForm {
		answers = Map.copyOf(answers);
	}

	/** An empty form with a fresh idempotency key. */
	static CheckForm blank() {
		return new CheckForm(Map.of(), null, null, newKey());
	}

	static CheckForm from(MultiValueMap<String, String> parameters) {
		Map<String, String> answers = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith(ANSWER_PREFIX) && name.length() > ANSWER_PREFIX.length() && !values.isEmpty()) {
				String value = values.getFirst();
				if (value != null && !value.isBlank()) {
					answers.put(name.substring(ANSWER_PREFIX.length()), value.trim());
				}
			}
		});
		String sex = parameters.getFirst("sex");
		String ageBand = parameters.getFirst("ageBand");
		String key = parameters.getFirst("idempotencyKey");
		return new CheckForm(answers, (sex != null && SEXES.contains(sex)) ? sex : null,
				(ageBand != null && AGE_BANDS.contains(ageBand)) ? ageBand : null, FormKeys.postedOrNew(key));
	}

	static String newKey() {
		return FormKeys.newKey();
	}

	/**
	 * The same answers with a new key: the rejected submission created nothing, the
	 * corrected one is new.
	 */
	CheckForm withNewKey() {
		return new CheckForm(this.answers, this.sex, this.ageBand, newKey());
	}

	public @Nullable String answer(String linkId) {
		return this.answers.get(linkId);
	}

	public boolean isChosen(String linkId, String code) {
		return code.equals(this.answers.get(linkId));
	}

	/**
	 * The answers as the intake service takes them: codes as strings, whole numbers as
	 * numbers. A number box holding something else goes as typed: intake refuses it with
	 * every other problem of the form at once (the person fixes them in one go, not a few
	 * at a time), and stores nothing.
	 */
	Map<String, Answer> apiAnswers(Questionnaire questionnaire) {
		Map<String, Answer> api = new LinkedHashMap<>();
		this.answers.forEach((linkId, value) -> {
			Questionnaire.Item item = questionnaire.item(linkId);
			if (item == null || item.isDisplay()) {
				return;
			}
			if (item.isInteger()) {
				try {
					api.put(linkId, new Answer.Count(Integer.parseInt(value)));
				}
				catch (NumberFormatException ex) {
					api.put(linkId, new Answer.Typed(value));
				}
			}
			else {
				api.put(linkId, new Answer.Code(value));
			}
		});
		return api;
	}

}
