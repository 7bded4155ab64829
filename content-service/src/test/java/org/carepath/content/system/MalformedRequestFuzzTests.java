package org.carepath.content.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.RequestFuzzer;
import org.carepath.support.test.RequestFuzzer.Target;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred malformed requests (fixed seed) against the real server, on the public
 * reads and, with an editor's or a reviewer's token, on every editorial write: each
 * answered with a 4xx, none with a 5xx, and none changes anything.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class MalformedRequestFuzzTests {

	private static final List<String> TABLES = List.of("article", "article_revision", "revision_event",
			"revision_resource", "support_resource");

	private static final String ARTICLE = """
			{"slug":"fuzz-new","title":"Fuzz","summary":"A summary.","author":{"name":"Anna Raab","credentials":"MD"},\
			"topics":["testing"],"body":"## Part\\n\\nWords.","faq":[{"question":"Why?","answer":"Because."}],\
			"relatedInstruments":["dast-10"],"resourceIds":["988-lifeline"]}""";

	private static final String DRAFT = ARTICLE.replace("\"slug\":\"fuzz-new\",", "");

	@LocalServerPort
	int port;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	JdbcClient jdbc;

	@Test
	void malformedRequestsGetA4xxAndChangeNothing() throws Exception {
		String editor = this.keycloak.token("erin", List.of("content-editor"), "carepath-content");
		String reviewer = this.keycloak.token("rita", List.of("content-reviewer"), "carepath-content");
		String contentHash = inReview(editor, reviewer);
		String asEditor = "Authorization: Bearer " + editor;
		String asReviewer = "Authorization: Bearer " + reviewer;
		String revision = "/api/content/articles/fuzz-review/revisions/1";
		List<Target> targets = List.of(new Target("POST", "/api/content/articles", ARTICLE, List.of(asEditor)),
				new Target("PUT", "/api/content/articles/ketamine-addiction/draft", DRAFT, List.of(asEditor)),
				new Target("POST", revision + "/approve", "{\"contentHash\":\"" + contentHash + "\"}",
						List.of(asReviewer)),
				new Target("POST", revision + "/send-back", "{\"comments\":\"Please cite it.\"}", List.of(asReviewer)),
				new Target("POST", "/api/content/preview", "{\"body\":\"## Part\\n\\nWords.\"}", List.of(asEditor)),
				new Target("GET", "/api/content/articles?q=ketamine", null),
				new Target("GET", "/api/content/articles/ketamine-addiction", null),
				new Target("GET", "/api/content/resources?kind=crisis-line", null),
				new Target("GET", revision, null, List.of(asReviewer)),
				new Target("GET", "/api/content/articles/fuzz-review/revisions/99999999999", null, List.of(asEditor)),
				new Target("GET", "/api/content/articles?topic=testing&page=10000&size=50", null),
				new Target("GET", "/api/content/review-queue", null, List.of(asReviewer)));
		List<Long> before = counts();

		List<String> serverErrors = new RequestFuzzer(20261207L, "127.0.0.1:" + this.port, targets)
			.answersThatAreNotProblems(this.port, 400);

		assertThat(serverErrors).isEmpty();
		assertThat(counts()).isEqualTo(before);
	}

	/**
	 * An article with revision 1 in review, so approving and sending back reach the
	 * workflow; the hash a reviewer would be shown.
	 */
	private String inReview(String editor, String reviewer) throws Exception {
		send(editor, "POST", "/api/content/articles", ARTICLE.replace("fuzz-new", "fuzz-review"), 201);
		send(editor, "POST", "/api/content/articles/fuzz-review/revisions/1/submit", "", 200);
		String revision = send(reviewer, "GET", "/api/content/articles/fuzz-review/revisions/1", null, 200);
		return JsonMapper.shared().readTree(revision).get("contentHash").asString();
	}

	private String send(String token, String method, String path, String json, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + token);
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(method + " " + path).isEqualTo(expected);
			return response.body();
		}
	}

	private List<Long> counts() {
		return TABLES.stream()
			.map(table -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

}
