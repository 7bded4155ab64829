package org.carepath.content.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EditorialWorkflowTests extends EducationTestSupport {

	@Test
	void anEditorWritesAReviewerApprovesAndThePublicReadsIt() throws Exception {
		create(editor(), article("wf-basic", "Basic", "## First part\n\nWords.")).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/content/articles/wf-basic/revisions/1"))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.state").value("draft"))
			.andExpect(jsonPath("$.html").value("<h2 id=\"first-part\">First part</h2>\n<p>Words.</p>\n"))
			.andExpect(jsonPath("$.toc[0].id").value("first-part"))
			.andExpect(jsonPath("$.createdBy").value("Erin Editor"))
			.andExpect(jsonPath("$.createdByUsername").value("erin"))
			.andExpect(jsonPath("$.resources[*].id", contains("988-lifeline", "samhsa-helpline")));
		read("wf-basic").andExpect(status().isNotFound());

		transition(editor(), "wf-basic", 1, "submit").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("in-review"))
			.andExpect(jsonPath("$.submittedAt").isNotEmpty());
		read("wf-basic").andExpect(status().isNotFound());

		approve(reviewer(), "wf-basic", 1).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("published"))
			.andExpect(jsonPath("$.reviewedBy").value("Dr. Rita Reviewer"))
			.andExpect(jsonPath("$.reviewedByUsername").value("rita"));
		read("wf-basic").andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.title").value("Basic"))
			.andExpect(jsonPath("$.reviewedBy").value("Dr. Rita Reviewer"))
			.andExpect(jsonPath("$.reviewedAt").isNotEmpty())
			.andExpect(jsonPath("$.faq[0].question").value("A question?"))
			.andExpect(jsonPath("$.relatedInstruments", contains("dast-10")))
			.andExpect(jsonPath("$.resources[1].kind").value("helpline"));
	}

	@Test
	void thePublicSeesOnlyTheCurrentPublishedRevision() throws Exception {
		Map<String, Object> article = article("wf-current", "First title", "First body.");
		publish(article);

		article.put("title", "Second title");
		saveDraft(editor(), "wf-current", draft(article)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.revision").value(2));
		read("wf-current").andExpect(jsonPath("$.title").value("First title"));

		transition(editor(), "wf-current", 2, "submit").andExpect(status().isOk());
		read("wf-current").andExpect(jsonPath("$.title").value("First title"));

		approve(reviewer(), "wf-current", 2).andExpect(status().isOk());
		read("wf-current").andExpect(jsonPath("$.title").value("Second title"))
			.andExpect(jsonPath("$.revision").value(2));
	}

	@Test
	void aNewerPublishedRevisionSupersedesTheOlderAndTheHistoryShowsWhoDidWhatWhen() throws Exception {
		Map<String, Object> article = article("wf-supersede", "Supersede", "One.");
		publish(article);
		article.put("body", "Two.");
		publishRevision("wf-supersede", 2, draft(article));

		this.mvc.perform(as(editor(), get("/api/content/articles/{slug}/revisions", "wf-supersede")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].revision", contains(2, 1)))
			.andExpect(jsonPath("$[*].state", contains("published", "superseded")))
			.andExpect(jsonPath("$[0].createdBy").value("Erin Editor"))
			.andExpect(jsonPath("$[0].createdAt").isNotEmpty())
			.andExpect(jsonPath("$[0].submittedAt").isNotEmpty())
			.andExpect(jsonPath("$[0].reviewedBy").value("Dr. Rita Reviewer"))
			.andExpect(jsonPath("$[0].reviewedAt").isNotEmpty())
			.andExpect(jsonPath("$[0].title").value("Supersede"))
			.andExpect(jsonPath("$[1].events[*].to", contains("draft", "in-review", "published", "superseded")))
			.andExpect(jsonPath("$[1].events[*].from", contains(null, "draft", "in-review", "published")))
			.andExpect(jsonPath("$[1].events[3].byUsername").value("rita"))
			.andExpect(jsonPath("$[1].events[3].at").isNotEmpty());
	}

	@Test
	void aReviewerSendsARevisionBackWithCommentsAndTheEditorWritesANewOne() throws Exception {
		Map<String, Object> article = article("wf-send-back", "Send back", "Up to 30% of users.");
		create(editor(), article).andExpect(status().isCreated());
		transition(editor(), "wf-send-back", 1, "submit").andExpect(status().isOk());

		sendBack(reviewer(), "wf-send-back", 1, "Please cite the 30% figure.").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("draft"))
			.andExpect(jsonPath("$.comments").value("Please cite the 30% figure."))
			.andExpect(jsonPath("$.events[2].from").value("in-review"))
			.andExpect(jsonPath("$.events[2].to").value("draft"))
			.andExpect(jsonPath("$.events[2].by").value("Dr. Rita Reviewer"))
			.andExpect(jsonPath("$.events[2].comments").value("Please cite the 30% figure."));
		this.mvc.perform(as(editor(), get("/api/content/drafts")))
			.andExpect(jsonPath("$[?(@.slug == 'wf-send-back')].comments", contains("Please cite the 30% figure.")));

		article.put("body", "Up to 30% of users (Smith 2020).");
		saveDraft(editor(), "wf-send-back", draft(article)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.state").value("draft"));
		this.mvc.perform(as(reviewer(), get("/api/content/articles/{slug}/revisions", "wf-send-back")))
			.andExpect(jsonPath("$[*].state", contains("draft", "superseded")))
			.andExpect(jsonPath("$[1].comments").value("Please cite the 30% figure."))
			.andExpect(jsonPath("$[1].events[3].comments").value("Replaced by revision 2."));
	}

	@Test
	void sendingBackNeedsComments() throws Exception {
		create(editor(), article("wf-no-comments", "No comments", "Body.")).andExpect(status().isCreated());
		transition(editor(), "wf-no-comments", 1, "submit").andExpect(status().isOk());

		sendBack(reviewer(), "wf-no-comments", 1, "  ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comments"));
		this.mvc.perform(as(reviewer(), post("/api/content/articles/{slug}/revisions/1/send-back", "wf-no-comments")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aReviewerMayNotApproveTheirOwnRevision() throws Exception {
		create(editorAndReviewer(), article("wf-self", "Self", "Body.")).andExpect(status().isCreated());
		transition(editorAndReviewer(), "wf-self", 1, "submit").andExpect(status().isOk());

		approve(editorAndReviewer(), "wf-self", 1).andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:self-approval"));
		this.mvc.perform(as(reviewer(), get("/api/content/articles/{slug}/revisions/1", "wf-self")))
			.andExpect(jsonPath("$.state").value("in-review"))
			.andExpect(jsonPath("$.events[*].to", contains("draft", "in-review")));

		approve(reviewer(), "wf-self", 1).andExpect(status().isOk());
	}

	@Test
	void transitionsOutOfOrderAreConflicts() throws Exception {
		Map<String, Object> article = article("wf-order", "Order", "Body.");
		create(editor(), article).andExpect(status().isCreated());

		expectInvalidTransition(approve(reviewer(), "wf-order", 1));
		expectInvalidTransition(sendBack(reviewer(), "wf-order", 1, "Not yet in review."));
		transition(editor(), "wf-order", 1, "submit").andExpect(status().isOk());
		expectInvalidTransition(transition(editor(), "wf-order", 1, "submit"));
		// While a revision is in review the article is frozen.
		expectInvalidTransition(saveDraft(editor(), "wf-order", draft(article)));
		approve(reviewer(), "wf-order", 1).andExpect(status().isOk());
		expectInvalidTransition(approve(reviewer(), "wf-order", 1));
		expectInvalidTransition(transition(editor(), "wf-order", 1, "submit"));

		transition(editor(), "wf-order", 9, "submit").andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		transition(editor(), "no-such-article", 1, "submit").andExpect(status().isNotFound());
	}

	@Test
	void archivingHidesTheArticleAndClosesIt() throws Exception {
		Map<String, Object> article = article("wf-archive", "Archive me", "Zwoggle is archived.");
		publish(article);
		saveDraft(editor(), "wf-archive", draft(article)).andExpect(status().isCreated());

		this.mvc.perform(as(reviewer(), post("/api/content/articles/{slug}/archive", "wf-archive")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archivedAt").isNotEmpty())
			.andExpect(jsonPath("$.state").value("archived"));

		read("wf-archive").andExpect(status().isNotFound());
		this.mvc.perform(get("/api/content/articles").param("q", "zwoggle"))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(get("/api/content/articles").param("size", "50"))
			.andExpect(jsonPath("$.items[*].slug", not(hasItem("wf-archive"))));
		this.mvc.perform(as(editor(), get("/api/content/articles/{slug}/revisions", "wf-archive")))
			.andExpect(jsonPath("$[*].state", contains("archived", "archived")))
			.andExpect(jsonPath("$[1].events[*].to", contains("draft", "in-review", "published", "archived")))
			.andExpect(jsonPath("$[1].events[3].by").value("Dr. Rita Reviewer"));
		expectInvalidTransition(saveDraft(editor(), "wf-archive", draft(article)));
		expectInvalidTransition(
				this.mvc.perform(as(editor(), post("/api/content/articles/{slug}/archive", "wf-archive"))));
	}

	@Test
	void theReviewerSeesTheBodyBesideThePublishedOneForTheDiff() throws Exception {
		Map<String, Object> article = article("wf-diff", "Diff", "Old *words*.");
		publish(article);
		article.put("body", "New *words*.");
		saveDraft(editor(), "wf-diff", draft(article)).andExpect(status().isCreated());
		transition(editor(), "wf-diff", 2, "submit").andExpect(status().isOk());

		this.mvc.perform(as(reviewer(), get("/api/content/articles/{slug}/revisions/2", "wf-diff")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("in-review"))
			.andExpect(jsonPath("$.body").value("New *words*."))
			.andExpect(jsonPath("$.html").value("<p>New <em>words</em>.</p>\n"))
			.andExpect(jsonPath("$.publishedBody").value("Old *words*."))
			.andExpect(jsonPath("$.publishedRevision").value(1))
			.andExpect(jsonPath("$.events[*].to", contains("draft", "in-review")));
		this.mvc.perform(as(reviewer(), get("/api/content/articles/{slug}/revisions/1", "wf-diff")))
			.andExpect(jsonPath("$.body").value("Old *words*."));
	}

	@Test
	void theReviewQueueHoldsRevisionsInReviewOldestFirst() throws Exception {
		create(editor(), article("wf-queue-first", "Queue first", "Body.")).andExpect(status().isCreated());
		create(editor(), article("wf-queue-second", "Queue second", "Body.")).andExpect(status().isCreated());
		create(editor(), article("wf-queue-draft", "Queue draft", "Body.")).andExpect(status().isCreated());
		transition(editor(), "wf-queue-first", 1, "submit").andExpect(status().isOk());
		transition(editor(), "wf-queue-second", 1, "submit").andExpect(status().isOk());

		this.mvc.perform(as(reviewer(), get("/api/content/review-queue")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.slug =~ /wf-queue-.*/)].slug", contains("wf-queue-first", "wf-queue-second")))
			.andExpect(jsonPath("$[?(@.slug == 'wf-queue-first')].createdBy", contains("Erin Editor")))
			.andExpect(jsonPath("$[?(@.slug == 'wf-queue-first')].publishedRevision", contains(nullValue())));
	}

	@Test
	void theEditorsListShowsEveryArticleWithItsLatestRevision() throws Exception {
		Map<String, Object> article = article("wf-drafts", "Drafts v1", "Body.");
		publish(article);
		article.put("title", "Drafts v2");
		saveDraft(editor(), "wf-drafts", draft(article)).andExpect(status().isCreated());

		this.mvc.perform(as(editor(), get("/api/content/drafts")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.slug == 'wf-drafts')].title", contains("Drafts v2")))
			.andExpect(jsonPath("$[?(@.slug == 'wf-drafts')].revision", contains(2)))
			.andExpect(jsonPath("$[?(@.slug == 'wf-drafts')].state", contains("draft")))
			.andExpect(jsonPath("$[?(@.slug == 'wf-drafts')].publishedRevision", contains(1)))
			.andExpect(jsonPath("$[?(@.slug == 'wf-drafts')].updatedAt", contains(notNullValue())))
			.andExpect(jsonPath("$[?(@.slug == 'ketamine-addiction')].state", hasItem("published")));
	}

	@Test
	void thePreviewUsesThePublishingRendererAndSanitizer() throws Exception {
		this.mvc.perform(as(editor(), post("/api/content/preview")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"## Heading\\n\\n<script>alert(1)</script>\\n\\nA [link](javascript:alert(1))\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.html", containsString("<h2 id=\"heading\">Heading</h2>")))
			.andExpect(jsonPath("$.html", not(containsString("<script"))))
			.andExpect(jsonPath("$.html", containsString("<p>A link</p>")))
			.andExpect(jsonPath("$.toc[0].text").value("Heading"))
			.andExpect(jsonPath("$.readingMinutes").value(1));
	}

	@Test
	void editorsSavingAtTheSameTimeEachGetTheirOwnRevision() throws Exception {
		Map<String, Object> article = article("wf-concurrent", "Concurrent", "Body.");
		create(editor(), article).andExpect(status().isCreated());

		List<Callable<Integer>> saves = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			saves.add(() -> saveDraft(editor(), "wf-concurrent", draft(article)).andReturn().getResponse().getStatus());
		}
		try (ExecutorService executor = Executors.newFixedThreadPool(4)) {
			for (Future<Integer> save : executor.invokeAll(saves)) {
				assertThat(save.get()).isEqualTo(201);
			}
		}

		// The article row is locked for each change: numbers never collide and one draft
		// is left open.
		this.mvc.perform(as(editor(), get("/api/content/articles/{slug}/revisions", "wf-concurrent")))
			.andExpect(jsonPath("$[*].revision", contains(5, 4, 3, 2, 1)))
			.andExpect(
					jsonPath("$[*].state", contains("draft", "superseded", "superseded", "superseded", "superseded")));
	}

	@Test
	void aStoredRevisionsContentCannotBeChangedEvenFromTheDatabase() throws Exception {
		create(editor(), article("wf-immutable", "Immutable", "Body.")).andExpect(status().isCreated());

		assertThatThrownBy(() -> this.jdbc.update("""
				update article_revision set body = 'Changed.'
				where article_id = (select id from article where slug = 'wf-immutable')"""))
			.hasMessageContaining("immutable");
	}

	private static void expectInvalidTransition(org.springframework.test.web.servlet.ResultActions result)
			throws Exception {
		result.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:invalid-transition"));
	}

}
