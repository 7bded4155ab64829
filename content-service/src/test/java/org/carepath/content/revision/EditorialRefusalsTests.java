package org.carepath.content.revision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.content.resource.SupportResources;
import org.carepath.support.problem.ProblemSupportAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each refusal of the editorial workflow reaches the client as its problem: the type
 * clients branch on, the status, the title, and the message as the detail. The workflow
 * is a mock, so each refusal costs one request and no database; who may call what is the
 * security configuration's business, checked on the whole application in
 * {@link EditorialAccessTests}.
 */
@WebMvcTest(EditorialController.class)
@ImportAutoConfiguration(ProblemSupportAutoConfiguration.class)
class EditorialRefusalsTests {

	private static final String HASH = "5f1d2c3b4a5968778695a4b3c2d1e0f5f1d2c3b4a5968778695a4b3c2d1e0f05";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@MockitoBean
	private EditorialWorkflow workflow;

	@MockitoBean
	private EditorialQueries queries;

	/** Knows every id: a mock answers that none is unknown. */
	@MockitoBean
	private SupportResources resources;

	@AfterEach
	void clearTraceId() {
		MDC.remove("traceId");
	}

	@Test
	void aMoveTheWorkflowRefusesIsAConflictOfTypeInvalidTransition() throws Exception {
		given(this.workflow.submit(eq("refused"), eq(1), any()))
			.willThrow(new InvalidTransitionException("Article refused is archived."));

		expectProblem(this.mvc.perform(as(editor(), post("/api/content/articles/refused/revisions/1/submit"))), 409,
				"invalid-transition", "Invalid transition", "Article refused is archived.");
	}

	@Test
	void approvingOnesOwnRevisionIsForbiddenAsSelfApproval() throws Exception {
		given(this.workflow.approve(eq("own"), eq(1), any(), eq(HASH))).willThrow(new SelfApprovalException());

		expectProblem(approve("own"), 403, "self-approval", "Self-approval",
				"A reviewer may not approve a revision they wrote: another reviewer must approve it.");
	}

	@Test
	void approvingOtherContentThanWasShownIsAConflictOfTypeUnreviewedContent() throws Exception {
		given(this.workflow.approve(eq("changed"), eq(1), any(), eq(HASH)))
			.willThrow(new UnreviewedContentException(1));

		expectProblem(approve("changed"), 409, "unreviewed-content", "Unreviewed content",
				"Revision 1 is not what you were shown: open it again, review what it would publish now, "
						+ "and approve that.");
	}

	@Test
	void anApprovalThatNamesNoContentIsABadRequestAndReachesNoWorkflow() throws Exception {
		this.mvc.perform(as(reviewer(), post("/api/content/articles/blind/revisions/1/approve")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		for (String body : new String[] { "{}", "{\"contentHash\":\"\"}", "{\"contentHash\":\"not-a-hash\"}" }) {
			this.mvc
				.perform(as(reviewer(), post("/api/content/articles/blind/revisions/1/approve"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
				.andExpect(jsonPath("$.errors[0].field").value("contentHash"));
		}
		verifyNoInteractions(this.workflow);
	}

	@Test
	void aTakenSlugIsAConflictOfTypeSlugTaken() throws Exception {
		given(this.workflow.create(eq("taken"), any(), any())).willThrow(new SlugTakenException("taken"));

		expectProblem(create(article("taken")), 409, "slug-taken", "Slug taken",
				"An article with the slug taken exists.");
	}

	@Test
	void anUnknownArticleOrRevisionIsNotFound() throws Exception {
		given(this.workflow.revisions("missing")).willThrow(new ArticleNotFoundException("missing"));
		given(this.workflow.revision("known", 9)).willThrow(new RevisionNotFoundException("known", 9));

		expectProblem(this.mvc.perform(as(editor(), get("/api/content/articles/missing/revisions"))), 404, "not-found",
				"Not found", "No article has the slug missing.");
		expectProblem(this.mvc.perform(as(editor(), get("/api/content/articles/known/revisions/9"))), 404, "not-found",
				"Not found", "Article known has no revision 9.");
	}

	@Test
	void aRefusalCarriesTheTraceIdLikeEveryOtherProblem() throws Exception {
		given(this.workflow.sendBack(anyString(), anyInt(), any(), anyString()))
			.willThrow(new InvalidTransitionException("Revision 1 is draft."));
		MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");

		this.mvc
			.perform(as(reviewer(), post("/api/content/articles/traced/revisions/1/send-back"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comments\": \"Not yet.\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.traceId").value("4bf92f3577b34da6a3ce929d0e0e4736"));
	}

	@Test
	void resourceIdsAreNotLookedUpWhileOtherFieldsAreInvalid() throws Exception {
		Map<String, Object> article = article("invalid-title");
		article.put("title", "");

		create(article).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
		verifyNoInteractions(this.resources, this.workflow);
	}

	@Test
	void anyOtherFailureIsStillAnInternalErrorThatTellsNothing() throws Exception {
		given(this.workflow.archive(eq("broken"), any())).willThrow(new IllegalStateException("secret detail"));

		expectProblem(this.mvc.perform(as(editor(), post("/api/content/articles/broken/archive"))), 500, "internal",
				"Internal error", "Something went wrong on our side. The trace id identifies the request for support.");
	}

	private ResultActions approve(String slug) throws Exception {
		return this.mvc.perform(as(reviewer(), post("/api/content/articles/{slug}/revisions/1/approve", slug))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"contentHash\":\"" + HASH + "\"}"));
	}

	private ResultActions create(Map<String, Object> article) throws Exception {
		return this.mvc.perform(as(editor(), post("/api/content/articles")).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(article)));
	}

	private static void expectProblem(ResultActions result, int status, String type, String title, String detail)
			throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:" + type))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.detail").value(detail));
	}

	private static Map<String, Object> article(String slug) {
		return new LinkedHashMap<>(Map.of("slug", slug, "title", "Title", "summary", "Summary.", "author",
				Map.of("name", "Anna Raab"), "body", "Body.", "resourceIds", List.of("988-lifeline")));
	}

	private static MockHttpServletRequestBuilder as(JwtAuthenticationToken staff,
			MockHttpServletRequestBuilder request) {
		return request.principal(staff);
	}

	private static JwtAuthenticationToken editor() {
		return staff("erin", "Erin Editor");
	}

	private static JwtAuthenticationToken reviewer() {
		return staff("rita", "Dr. Rita Reviewer");
	}

	private static JwtAuthenticationToken staff(String username, String name) {
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "none")
			.claim("preferred_username", username)
			.claim("name", name)
			.build();
		return new JwtAuthenticationToken(jwt, List.of(), username);
	}

}
