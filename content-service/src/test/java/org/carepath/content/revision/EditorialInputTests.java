package org.carepath.content.revision;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input is a 400 naming the fields, and leaves nothing behind. */
class EditorialInputTests extends EducationTestSupport {

	private static final List<String> TABLES = List.of("article", "article_revision", "revision_event",
			"revision_resource");

	@Test
	void invalidFieldsAreNamedAndNothingIsWritten() throws Exception {
		expectInvalid("title", article -> article.remove("title"));
		expectInvalid("title", article -> article.put("title", " "));
		expectInvalid("title", article -> article.put("title", "t".repeat(201)));
		expectInvalid("slug", article -> article.put("slug", "Bad Slug!"));
		expectInvalid("slug", article -> article.put("slug", "trailing-"));
		expectInvalid("slug", article -> article.put("slug", "s".repeat(121)));
		expectInvalid("summary", article -> article.put("summary", "s".repeat(601)));
		expectInvalid("author", article -> article.remove("author"));
		expectInvalid("author.name", article -> article.put("author", Map.of("credentials", "MD")));
		expectInvalid("body", article -> article.remove("body"));
		expectInvalid("body", article -> article.put("body", "b".repeat(200_001)));
		expectInvalid("topics[1]", article -> article.put("topics", List.of("fine", "Not Fine")));
		expectInvalid("topics", article -> article.put("topics",
				List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11")));
		expectInvalid("faq[0].answer", article -> article.put("faq", List.of(Map.of("question", "Why?"))));
		expectInvalid("relatedInstruments[0]", article -> article.put("relatedInstruments", List.of("DAST 10")));
	}

	@Test
	void controlCharactersAreNamedAndNothingIsWritten() throws Exception {
		// PostgreSQL refuses the zero byte in text and jsonb: it must be a 400 naming the
		// field, not a 500 or a 409.
		expectInvalid("title", article -> article.put("title", "Nul\u0000title"));
		expectInvalid("summary", article -> article.put("summary", "Bell\u0007"));
		expectInvalid("author.name", article -> article.put("author", Map.of("name", "A\u0000", "credentials", "MD")));
		expectInvalid("author.credentials",
				article -> article.put("author", Map.of("name", "Anna", "credentials", "M\u0000D")));
		expectInvalid("topics[0]", article -> article.put("topics", List.of("t\u0000")));
		expectInvalid("body", article -> article.put("body", "Body\u0000."));
		expectInvalid("faq[0].question",
				article -> article.put("faq", List.of(Map.of("question", "Why\u0000?", "answer", "Because."))));
		expectInvalid("faq[0].answer",
				article -> article.put("faq", List.of(Map.of("question", "Why?", "answer", "Because\u0000."))));
		expectInvalid("relatedInstruments[0]", article -> article.put("relatedInstruments", List.of("dast\u0000")));
		expectInvalid("resourceIds[0]", article -> article.put("resourceIds", List.of("988-lifeline\u0000")));
	}

	@Test
	void tabsAndLineBreaksAreNotControlCharactersToRefuse() throws Exception {
		Map<String, Object> article = article("input-whitespace", "Tab\tand line", "Line one\r\nline two\n\tindented");
		article.put("faq", List.of(Map.of("question", "Why?", "answer", "Because.\nReally.")));

		create(editor(), article).andExpect(status().isCreated());
	}

	@Test
	void controlCharactersInADraftASendBackOrAPreviewAreNamed() throws Exception {
		Map<String, Object> article = article("input-nul-draft", "Nul draft", "Body.");
		create(editor(), article).andExpect(status().isCreated());
		transition(editor(), "input-nul-draft", 1, "submit").andExpect(status().isOk());
		Map<String, Long> before = rows();

		Map<String, Object> draft = draft(article);
		draft.put("title", "Nul\u0000title");
		expectNamed(saveDraft(editor(), "input-nul-draft", draft), "title");
		draft = draft(article);
		draft.put("faq", List.of(Map.of("question", "Why?", "answer", "Because\u0000.")));
		expectNamed(saveDraft(editor(), "input-nul-draft", draft), "faq[0].answer");
		expectNamed(sendBack(reviewer(), "input-nul-draft", 1, "Fix\u0000this"), "comments");
		expectNamed(this.mvc.perform(as(editor(), post("/api/content/preview")).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("body", "Body\u0000.")))), "body");

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aLongButValidBodyIsAccepted() throws Exception {
		Map<String, Object> article = article("input-long-body", "Long", "word ".repeat(40_000));

		create(editor(), article).andExpect(status().isCreated()).andExpect(jsonPath("$.readingMinutes").value(200));
	}

	@Test
	void unknownResourcesAreNamedAndNothingIsWritten() throws Exception {
		Map<String, Long> before = rows();
		Map<String, Object> article = article("input-unknown-resource", "Unknown", "Body.");
		article.put("resourceIds", List.of("988-lifeline", "no-such-line", "another-missing"));

		create(editor(), article).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("resourceIds"))
			.andExpect(jsonPath("$.errors[0].message", containsString("no-such-line, another-missing")));

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void resourceIdsAreLookedUpOnlyInAnOtherwiseValidRequest() throws Exception {
		// Too many ids, and a bad title: both are named, and the database is not asked
		// about the ids.
		Map<String, Object> article = article("input-resource-list", "", "Body.");
		article.put("resourceIds", IntStream.rangeClosed(1, 21).mapToObj(i -> "no-such-line-" + i).toList());

		create(editor(), article).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "resourceIds")))
			.andExpect(jsonPath("$.errors[*].message", not(hasItem(containsString("unknown resource ids")))));
	}

	@Test
	void unknownResourceIdsAreEchoedAsSentNeverEvaluated() throws Exception {
		// Bean Validation reads "${…}" as an expression, "{…}" as a message key and a
		// backslash as an escape; in a client's ids they are just text.
		Map<String, Object> article = article("input-resource-syntax", "Syntax", "Body.");
		article.put("resourceIds",
				List.of("${1+1}", "{jakarta.validation.constraints.NotNull.message}", "back\\slash\\{x\\}"));

		create(editor(), article).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("resourceIds"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("unknown resource ids: ${1+1}, {jakarta.validation.constraints.NotNull.message}, "
						+ "back\\slash\\{x\\}"));
	}

	@Test
	void aRefusedNewDraftLeavesTheArticleAsItWas() throws Exception {
		Map<String, Object> article = article("input-draft", "Draft", "Body.");
		create(editor(), article).andExpect(status().isCreated());
		Map<String, Long> before = rows();

		Map<String, Object> draft = draft(article);
		draft.put("resourceIds", List.of("no-such-line"));
		saveDraft(editor(), "input-draft", draft).andExpect(status().isBadRequest());
		draft.put("resourceIds", List.of());
		draft.put("title", "");
		saveDraft(editor(), "input-draft", draft).andExpect(status().isBadRequest());

		assertThat(rows()).isEqualTo(before);
		this.mvc
			.perform(as(editor(),
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.get("/api/content/articles/{slug}/revisions", "input-draft")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].state").value("draft"));
	}

	@Test
	void aSlugIsTakenOnce() throws Exception {
		create(editor(), article("input-taken", "Taken", "Body.")).andExpect(status().isCreated());
		Map<String, Long> before = rows();

		create(editor(), article("input-taken", "Taken again", "Body.")).andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:slug-taken"));
		create(editor(), article("ketamine-addiction", "Taken again", "Body.")).andExpect(status().isConflict());

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aBodyOverTheLengthLimitIsNamedAsAFieldError() throws Exception {
		Map<String, Long> before = rows();

		// 300,000 three-byte characters: ~900 KB on the wire, still a plain "too long"
		// for the body field.
		create(editor(), article("input-too-long", "Too long", "é€".repeat(150_000))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aBodyOver2MegabytesIsTooLarge() throws Exception {
		Map<String, Long> before = rows();

		create(editor(), article("input-too-large", "Too large", "b".repeat(2_200_000)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:payload-too-large"));

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		this.mvc
			.perform(as(editor(), post("/api/content/articles")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"slug\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aRejectedValueIsNeverEchoed() throws Exception {
		Map<String, Object> article = article("Secret Slug Value", "Echo", "Body.");

		create(editor(), article).andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Secret Slug Value"))));
	}

	private void expectInvalid(String field, Consumer<Map<String, Object>> change) throws Exception {
		Map<String, Long> before = rows();
		Map<String, Object> article = article("input-invalid", "Invalid", "Body.");
		change.accept(article);

		create(editor(), article).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));

		assertThat(rows()).as("rows after an invalid %s", field).isEqualTo(before);
	}

	private static void expectNamed(org.springframework.test.web.servlet.ResultActions result, String field)
			throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	private Map<String, Long> rows() {
		return TABLES.stream().collect(java.util.stream.Collectors.toMap(table -> table, table -> (long) count(table)));
	}

}
