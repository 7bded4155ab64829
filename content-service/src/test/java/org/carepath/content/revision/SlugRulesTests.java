package org.carepath.content.revision;

import java.util.List;
import java.util.Map;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A slug that breaks several rules gets one message naming each rule it breaks, once and
 * always in the same order, and it comes first, where the slug is on the form.
 */
class SlugRulesTests extends EducationTestSupport {

	@Test
	void eachRuleASlugBreaksIsNamedOnceInAFixedOrder() throws Exception {
		expectSlugMessage("Ketamine Addiction", "must use only lower-case letters a to z, digits and hyphens");
		expectSlugMessage("ketamine-", "must not start or end with a hyphen");
		expectSlugMessage("ketamine--addiction", "must not have two hyphens in a row");
		expectSlugMessage("k".repeat(121), "must be at most 120 characters");
		expectSlugMessage("Ketamine\u0000", "must use only lower-case letters a to z, digits and hyphens");
		expectSlugMessage("-Ketamine--" + "k".repeat(120),
				"must be at most 120 characters; must use only lower-case letters a to z, digits and hyphens; "
						+ "must not start or end with a hyphen; must not have two hyphens in a row");
		expectSlugMessage("  ", "must not be blank");
	}

	@Test
	void theSlugsMessageComesFirstAndTheOthersInTheOrderOfTheForm() throws Exception {
		Map<String, Object> article = article("Not A Slug " + "x".repeat(120), "", "");
		article.put("topics", List.of("Bad Topic"));
		article.put("faq", List.of(Map.of("question", "Why?")));

		create(editor(), article).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("slug", "title", "topics[0]", "body", "faq[0].answer")))
			.andExpect(jsonPath("$.errors[0].message")
				.value("must be at most 120 characters; must use only lower-case letters a to z, digits and hyphens"));
	}

	private void expectSlugMessage(String slug, String message) throws Exception {
		create(editor(), article(slug, "Slug rules", "Body.")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("slug")))
			.andExpect(jsonPath("$.errors[0].message").value(message));
	}

}
