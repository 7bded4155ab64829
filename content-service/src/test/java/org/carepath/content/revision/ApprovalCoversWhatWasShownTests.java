package org.carepath.content.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reviewer is shown every public part of a revision beside the published one, and their
 * approval names what they were shown: an approval of anything else is refused, so
 * nothing goes public as "clinically reviewed" that a reviewer did not see.
 */
class ApprovalCoversWhatWasShownTests extends EducationTestSupport {

	@Test
	void theReviewerGetsEveryPublicPartOfThePublishedRevisionBesideTheOneInReview() throws Exception {
		Map<String, Object> article = article("shown-parts", "Shown parts", "Old body.");
		publish(article);
		article.put("faq", List.of(Map.of("question", "A question?", "answer", "A changed answer.")));
		saveDraft(editor(), "shown-parts", draft(article)).andExpect(status().isCreated());
		transition(editor(), "shown-parts", 2, "submit").andExpect(status().isOk());

		this.mvc.perform(as(reviewer(), get("/api/content/articles/{slug}/revisions/2", "shown-parts")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contentHash", matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.faq[0].answer").value("A changed answer."))
			.andExpect(jsonPath("$.publishedRevision").value(1))
			.andExpect(jsonPath("$.published.title").value("Shown parts"))
			.andExpect(jsonPath("$.published.summary").value("A summary of Shown parts"))
			.andExpect(jsonPath("$.published.author.name").value("Anna Raab"))
			.andExpect(jsonPath("$.published.author.credentials").value("M.A. Counseling, BCN"))
			.andExpect(jsonPath("$.published.topics", contains("testing")))
			.andExpect(jsonPath("$.published.body").value("Old body."))
			.andExpect(jsonPath("$.published.faq[0].answer").value("An answer."))
			.andExpect(jsonPath("$.published.relatedInstruments", contains("dast-10")))
			.andExpect(jsonPath("$.published.resources[*].name",
					contains("988 Suicide & Crisis Lifeline", "SAMHSA National Helpline")));
	}

	@Test
	void everyPublicPartOfARevisionIsInItsContentHash() throws Exception {
		Map<String, Object> article = article("hash-parts", "Hash parts", "Body.");
		create(editor(), article).andExpect(status().isCreated());
		String first = contentHash(editor(), "hash-parts", 1);

		// The same content again: the same hash, whoever wrote it and whenever.
		saveDraft(editor(), "hash-parts", draft(article)).andExpect(status().isCreated());
		assertThat(contentHash(editor(), "hash-parts", 2)).isEqualTo(first);

		List<Consumer<Map<String, Object>>> changes = List.of(change -> change.put("title", "Hash parts, retitled"),
				change -> change.put("summary", "Another summary."),
				change -> change.put("author", Map.of("name", "Sam Rivera", "credentials", "M.A. Counseling, BCN")),
				change -> change.put("author", Map.of("name", "Anna Raab", "credentials", "LCSW")),
				change -> change.put("topics", List.of("testing", "hashing")),
				change -> change.put("topics", List.of("hashing", "testing")), change -> change.put("body", "Body!"),
				change -> change.put("faq", List.of(Map.of("question", "A question?", "answer", "Another answer."))),
				change -> change.put("faq", List.of()), change -> change.put("relatedInstruments", List.of("audit-c")),
				change -> change.put("resourceIds", List.of("988-lifeline")));
		List<String> hashes = new ArrayList<>(List.of(first));
		int revision = 2;
		for (Consumer<Map<String, Object>> change : changes) {
			Map<String, Object> changed = new LinkedHashMap<>(draft(article));
			change.accept(changed);
			saveDraft(editor(), "hash-parts", changed).andExpect(status().isCreated());
			hashes.add(contentHash(editor(), "hash-parts", ++revision));
		}

		assertThat(hashes).doesNotHaveDuplicates().allMatch(hash -> hash.matches("[0-9a-f]{64}"));
	}

	@Test
	void anApprovalOfWhatWasShownBeforeTheFaqChangedIsRefusedAndChangesNothing() throws Exception {
		Map<String, Object> article = article("unseen-faq", "Unseen FAQ", "Body.");
		publish(article);
		String shown = contentHash(reviewer(), "unseen-faq", 1);
		article.put("faq", List.of(Map.of("question", "A question?", "answer", "Ketamine is harmless.")));
		saveDraft(editor(), "unseen-faq", draft(article)).andExpect(status().isCreated());
		transition(editor(), "unseen-faq", 2, "submit").andExpect(status().isOk());
		int events = count("revision_event");

		// The body and everything else are as the reviewer saw them; only the FAQ is not.
		approve(reviewer(), "unseen-faq", 2, shown).andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:unreviewed-content"))
			.andExpect(jsonPath("$.title").value("Unreviewed content"));

		assertThat(count("revision_event")).isEqualTo(events);
		this.mvc.perform(as(reviewer(), get("/api/content/articles/{slug}/revisions/2", "unseen-faq")))
			.andExpect(jsonPath("$.state").value("in-review"))
			.andExpect(jsonPath("$.reviewedBy").value(nullValue()));
		read("unseen-faq").andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.faq[0].answer").value("An answer."));

		approve(reviewer(), "unseen-faq", 2).andExpect(status().isOk());
		read("unseen-faq").andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.faq[0].answer").value("Ketamine is harmless."));
	}

	@Test
	void aLinkedResourceThatChangedAfterTheReviewerLookedIsNotApprovedUnseen() throws Exception {
		this.jdbc
			.update("""
					insert into support_resource (id, kind, name, phone, description, position)
					values ('hash-test-locator', 'treatment-locator', 'Test locator', '555-0100', 'For this test.', 9001)""");
		Map<String, Object> article = article("unseen-resource", "Unseen resource", "Body.");
		article.put("resourceIds", List.of("hash-test-locator"));
		create(editor(), article).andExpect(status().isCreated());
		transition(editor(), "unseen-resource", 1, "submit").andExpect(status().isOk());
		String shown = contentHash(reviewer(), "unseen-resource", 1);

		this.jdbc.update("update support_resource set phone = '555-0199' where id = 'hash-test-locator'");

		approve(reviewer(), "unseen-resource", 1, shown).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:unreviewed-content"));
		read("unseen-resource").andExpect(status().isNotFound());
		approve(reviewer(), "unseen-resource", 1).andExpect(status().isOk());
		read("unseen-resource").andExpect(jsonPath("$.resources[0].phone").value("555-0199"));
	}

	@Test
	void aRefusedApprovalStillSaysFirstWhatElseIsWrong() throws Exception {
		create(editorAndReviewer(), article("unseen-self", "Unseen self", "Body.")).andExpect(status().isCreated());
		String draftHash = contentHash(reviewer(), "unseen-self", 1);

		approve(reviewer(), "unseen-self", 1, "0".repeat(64)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:invalid-transition"));
		transition(editorAndReviewer(), "unseen-self", 1, "submit").andExpect(status().isOk());
		approve(editorAndReviewer(), "unseen-self", 1, "0".repeat(64)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:self-approval"));
		approve(reviewer(), "unseen-self", 1, draftHash).andExpect(status().isOk());
	}

}
