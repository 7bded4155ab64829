package org.carepath.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the education tests share: one application on one real PostgreSQL (every test
 * class uses the same issuer, so Spring caches a single context), real signed tokens for
 * the staff roles, and the editorial steps as calls to the API. Tests never delete: each
 * uses its own slugs, topics and words, so they run in any order on the same data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(EmbeddedPostgresConfiguration.class)
public abstract class EducationTestSupport {

	protected static final TestIssuer keycloak = TestIssuer.start();

	static {
		// Shared by every test class (and its cached context), so it lives as long as the
		// test JVM.
		Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close));
	}

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("carepath.keycloak.issuer", keycloak::issuer);
	}

	protected static final String AUDIENCE = "carepath-content";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected JsonMapper json;

	protected static String editor() {
		return token("erin", "Erin Editor", "staff", "content-editor");
	}

	protected static String reviewer() {
		return token("rita", "Dr. Rita Reviewer", "staff", "content-reviewer");
	}

	/**
	 * Someone with both roles: may write and review, but not review their own writing.
	 */
	protected static String editorAndReviewer() {
		return token("max", "Max Both", "staff", "content-editor", "content-reviewer");
	}

	protected static String admin() {
		return token("ada", "Ada Admin", "staff", "admin");
	}

	protected static String clinician() {
		return token("carl", "Carl Clinician", "staff", "clinician");
	}

	protected static String token(String username, String name, String... roles) {
		return keycloak.token(keycloak.builder(username, List.of(roles), AUDIENCE).claim("name", name).build());
	}

	protected static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	/** A valid new-article request; tests change what they are about. */
	protected static Map<String, Object> article(String slug, String title, String body) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("slug", slug);
		article.put("title", title);
		article.put("summary", "A summary of " + title);
		article.put("author", Map.of("name", "Anna Raab", "credentials", "M.A. Counseling, BCN"));
		article.put("topics", List.of("testing"));
		article.put("body", body);
		article.put("faq", List.of(Map.of("question", "A question?", "answer", "An answer.")));
		article.put("relatedInstruments", List.of("dast-10"));
		article.put("resourceIds", List.of("988-lifeline", "samhsa-helpline"));
		return article;
	}

	/** The same content as a draft of an existing article (no slug). */
	protected static Map<String, Object> draft(Map<String, Object> article) {
		Map<String, Object> draft = new LinkedHashMap<>(article);
		draft.remove("slug");
		return draft;
	}

	protected ResultActions create(String token, Map<String, Object> article) throws Exception {
		return this.mvc.perform(as(token, post("/api/content/articles")).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(article)));
	}

	protected ResultActions saveDraft(String token, String slug, Map<String, Object> draft) throws Exception {
		return this.mvc
			.perform(as(token, put("/api/content/articles/{slug}/draft", slug)).contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(draft)));
	}

	protected ResultActions transition(String token, String slug, int revision, String action) throws Exception {
		return this.mvc
			.perform(as(token, post("/api/content/articles/{slug}/revisions/{n}/{action}", slug, revision, action)));
	}

	/**
	 * Approves a revision as a reviewer does: with the {@code contentHash} of what the
	 * revision would publish, read just before as the review page reads it.
	 */
	protected ResultActions approve(String token, String slug, int revision) throws Exception {
		return approve(token, slug, revision, contentHash(token, slug, revision));
	}

	protected ResultActions approve(String token, String slug, int revision, String contentHash) throws Exception {
		return this.mvc.perform(as(token, post("/api/content/articles/{slug}/revisions/{n}/approve", slug, revision))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("contentHash", contentHash))));
	}

	/**
	 * The revision's {@code contentHash} as staff read it; a well-formed hash of nothing
	 * when the revision cannot be read, so the approval itself gives the answer under
	 * test.
	 */
	protected String contentHash(String token, String slug, int revision) throws Exception {
		var response = this.mvc.perform(as(token, get("/api/content/articles/{slug}/revisions/{n}", slug, revision)))
			.andReturn()
			.getResponse();
		if (response.getStatus() != 200) {
			return "0".repeat(64);
		}
		return this.json.readTree(response.getContentAsString()).get("contentHash").asString();
	}

	protected ResultActions sendBack(String token, String slug, int revision, String comments) throws Exception {
		return this.mvc.perform(as(token, post("/api/content/articles/{slug}/revisions/{n}/send-back", slug, revision))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("comments", comments))));
	}

	/** Creates an article and takes revision 1 through review to published. */
	protected void publish(Map<String, Object> article) throws Exception {
		String slug = (String) article.get("slug");
		create(editor(), article).andExpect(status().isCreated());
		transition(editor(), slug, 1, "submit").andExpect(status().isOk());
		approve(reviewer(), slug, 1).andExpect(status().isOk());
	}

	/**
	 * Writes revision n of a published article and takes it through review to published.
	 */
	protected void publishRevision(String slug, int revision, Map<String, Object> draft) throws Exception {
		saveDraft(editor(), slug, draft).andExpect(status().isCreated());
		transition(editor(), slug, revision, "submit").andExpect(status().isOk());
		approve(reviewer(), slug, revision).andExpect(status().isOk());
	}

	protected ResultActions read(String slug) throws Exception {
		return this.mvc.perform(get("/api/content/articles/{slug}", slug));
	}

	protected int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
