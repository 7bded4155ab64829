package org.carepath.content.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.carepath.content.EducationTestSupport;
import org.carepath.content.rendering.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PublishedArticlesTests extends EducationTestSupport {

	@Test
	void anyoneReadsOnlyThePublishedArticles() throws Exception {
		create(editor(), article("a-draft", "A draft", "Not reviewed yet.")).andExpect(status().isCreated());

		this.mvc.perform(get("/api/content/articles").param("size", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", hasItem("ketamine-addiction")))
			.andExpect(jsonPath("$.items[*].slug", not(hasItem("a-draft"))));
		read("a-draft").andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"));
	}

	@Test
	void anUnknownSlugIsAProblemNotAnError() throws Exception {
		read("no-such-article").andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"));
	}

	@Test
	void aTokenForAnotherServiceIsRejectedEvenOnPublicReads() throws Exception {
		// A presented token must be valid for this service; silently treating it as
		// anonymous would hide misuse.
		this.mvc
			.perform(get("/api/content/articles").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + keycloak.partnerToken("harbor", "carepath-referral", "carepath-intake")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void writingNeedsAToken() throws Exception {
		this.mvc.perform(post("/api/content/articles").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:unauthorized"));
	}

	@Test
	void theSchemaRefusesASlugThatIsNotUrlSafe() {
		assertThatThrownBy(
				() -> this.jdbc.update("insert into article (id, slug) values (gen_random_uuid(), 'Bad Slug!')"))
			.hasMessageContaining("article_slug_check");
	}

	@Test
	void theClinicsKetamineArticleIsPublishedWithItsFaqInstrumentAndResources() throws Exception {
		read("ketamine-addiction").andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Ketamine Addiction"))
			.andExpect(jsonPath("$.author.name").value("Anna Raab"))
			.andExpect(jsonPath("$.author.credentials").value("M.A. Counseling, BCN"))
			.andExpect(jsonPath("$.topics", contains("ketamine", "addiction", "treatment")))
			.andExpect(jsonPath("$.faq", hasSize(2)))
			.andExpect(jsonPath("$.faq[0].question").value("Is Ketamine a Benzo?"))
			.andExpect(jsonPath("$.faq[1].question").value("Is Ketamine an Opioid?"))
			.andExpect(jsonPath("$.relatedInstruments", contains("dast-10")))
			.andExpect(jsonPath("$.resources[*].id",
					contains("988-lifeline", "emergency-911", "samhsa-helpline", "narcotics-anonymous",
							"smart-recovery")))
			.andExpect(jsonPath("$.toc[0].id").value("how-ketamine-works"))
			.andExpect(jsonPath("$.toc[*].text", hasItem("Symptoms of Ketamine Addiction")))
			.andExpect(jsonPath("$.html", containsString("<h3 id=\"behavioral-treatment\">Behavioral Treatment</h3>")))
			.andExpect(jsonPath("$.html", containsString("<li>Increased tolerance</li>")))
			// The FAQ moved out of the body; the scraped page trailer was dropped.
			.andExpect(jsonPath("$.html", not(containsString("Is Ketamine a Benzo"))))
			.andExpect(jsonPath("$.html", not(containsString("Post navigation"))))
			.andExpect(jsonPath("$.readingMinutes").value(5));
	}

	@Test
	void theImportedArticleDoesNotClaimAClinicalReview() throws Exception {
		// Revision 1 is the clinic's own published text, never reviewed in CarePath: no
		// reviewer, no review date,
		// so the page shows no "clinically reviewed by" line. A content reviewer's first
		// review makes revision 2.
		// (No test changes the seeded article, so this holds whatever ran before.)
		read("ketamine-addiction").andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$", hasKey("reviewedBy")))
			.andExpect(jsonPath("$.reviewedBy").value(nullValue()))
			.andExpect(jsonPath("$", hasKey("reviewedAt")))
			.andExpect(jsonPath("$.reviewedAt").value(nullValue()))
			.andExpect(jsonPath("$.publishedAt").isNotEmpty())
			.andExpect(header().string(HttpHeaders.ETAG, "\"ketamine-addiction-r1\""))
			.andExpect(header().exists(HttpHeaders.LAST_MODIFIED));
		this.mvc.perform(as(reviewer(), get("/api/content/articles/ketamine-addiction/revisions")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].createdByUsername").value("system:import"))
			.andExpect(jsonPath("$[0].state").value("published"))
			.andExpect(jsonPath("$[0].reviewedBy").value(nullValue()))
			.andExpect(jsonPath("$[0].reviewedByUsername").value(nullValue()))
			.andExpect(jsonPath("$[0].reviewedAt").value(nullValue()))
			.andExpect(jsonPath("$[0].events[0].to").value("published"))
			.andExpect(jsonPath("$[0].events[0].comments", containsString("awaiting its first clinical review")));
		this.mvc.perform(as(reviewer(), get("/api/content/articles/ketamine-addiction/revisions/1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewedBy").value(nullValue()))
			.andExpect(jsonPath("$.reviewedAt").value(nullValue()));
	}

	@Test
	void aHostileBodyIsPublishedHarmless() throws Exception {
		publish(article("hostile-body", "Hostile", """
				Hello <script>alert(1)</script>

				<img src=x onerror=alert(1)>

				[click me](javascript:alert(1)) and <iframe src="https://evil.example"></iframe>

				<a href="javascript:alert(2)" onclick="alert(3)">raw link</a>
				"""));

		String html = this.json
			.readTree(read("hostile-body").andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.get("html")
			.asString();

		// Raw HTML is shown as text; no element, attribute or link target from it
		// survives.
		assertThat(html).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("<img")
			.doesNotContainIgnoringCase("<iframe")
			.doesNotContainIgnoringCase("href=\"javascript")
			.doesNotContainPattern("<[^>]*\\son\\w+\\s*=")
			.contains("&lt;script&gt;", "click me");
		assertThat(html.replaceAll("</?p>", "")).doesNotContain("<");
	}

	@Test
	void theSeededHtmlIsExactlyWhatTheRendererProduces() throws IOException {
		String markdown = new ClassPathResource("seed/ketamine-addiction.md")
			.getContentAsString(StandardCharsets.UTF_8);
		String stored = this.jdbc.queryForObject("""
				select r.html from article_revision r join article a on a.id = r.article_id
				where a.slug = 'ketamine-addiction' and r.number = 1""", String.class);

		assertThat(stored).isEqualTo(new MarkdownRenderer().render(markdown).html());
	}

}
