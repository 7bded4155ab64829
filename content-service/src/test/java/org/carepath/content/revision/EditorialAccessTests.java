package org.carepath.content.revision;

import java.util.List;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EditorialAccessTests extends EducationTestSupport {

	@Test
	void nobodyWritesOrReadsTheEditorialSideWithoutSigningIn() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(post("/api/content/articles"),
				put("/api/content/articles/ketamine-addiction/draft"),
				post("/api/content/articles/ketamine-addiction/revisions/1/submit"),
				post("/api/content/articles/ketamine-addiction/revisions/1/approve"),
				post("/api/content/articles/ketamine-addiction/revisions/1/send-back"),
				post("/api/content/articles/ketamine-addiction/archive"), post("/api/content/preview"),
				get("/api/content/articles/ketamine-addiction/revisions"),
				get("/api/content/articles/ketamine-addiction/revisions/1"), get("/api/content/review-queue"),
				get("/api/content/drafts"))) {
			this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:carepath:problem:unauthorized"));
		}
	}

	@Test
	void anEditorCannotApproveOrSendBack() throws Exception {
		create(editor(), article("access-editor", "Editor", "Body.")).andExpect(status().isCreated());
		transition(editor(), "access-editor", 1, "submit").andExpect(status().isOk());

		expectForbidden(approve(editor(), "access-editor", 1));
		expectForbidden(sendBack(editor(), "access-editor", 1, "Looks fine to me."));
		expectForbidden(this.mvc.perform(as(editor(), get("/api/content/review-queue"))));
	}

	@Test
	void aReviewerDoesNotWrite() throws Exception {
		expectForbidden(create(reviewer(), article("access-reviewer", "Reviewer", "Body.")));
		expectForbidden(saveDraft(reviewer(), "ketamine-addiction", draft(article("x", "Reviewer", "Body."))));
		expectForbidden(transition(reviewer(), "ketamine-addiction", 1, "submit"));
		expectForbidden(this.mvc.perform(as(reviewer(), get("/api/content/drafts"))));
	}

	@Test
	void staffWithoutAContentRoleSeeOnlyWhatThePublicSees() throws Exception {
		expectForbidden(this.mvc.perform(as(clinician(), get("/api/content/articles/ketamine-addiction/revisions"))));
		expectForbidden(create(clinician(), article("access-clinician", "Clinician", "Body.")));
		this.mvc.perform(as(clinician(), get("/api/content/articles/ketamine-addiction"))).andExpect(status().isOk());
	}

	@Test
	void anAdminReadsEverythingButWritesNothing() throws Exception {
		this.mvc.perform(as(admin(), get("/api/content/articles/ketamine-addiction/revisions")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].revision").isNumber());
		this.mvc.perform(as(admin(), get("/api/content/articles/ketamine-addiction/revisions/1")))
			.andExpect(status().isOk());
		this.mvc.perform(as(admin(), get("/api/content/review-queue"))).andExpect(status().isOk());
		this.mvc.perform(as(admin(), get("/api/content/drafts"))).andExpect(status().isOk());
		expectForbidden(create(admin(), article("access-admin", "Admin", "Body.")));
		expectForbidden(this.mvc.perform(as(admin(), post("/api/content/articles/ketamine-addiction/archive"))));
	}

	private static void expectForbidden(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		result.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:forbidden"));
	}

}
