package org.carepath.content.article;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

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

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Import(EmbeddedPostgresConfiguration.class)
class PublishedArticlesTests {

	static final TestIssuer keycloak = TestIssuer.start();

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("carepath.keycloak.issuer", keycloak::issuer);
	}

	@AfterAll
	static void stopIssuer() {
		keycloak.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anyoneReadsOnlyThePublishedArticles() throws Exception {
		this.jdbc.update("""
				insert into article (id, slug, title, summary, published_at) values
				  (gen_random_uuid(), 'ketamine-addiction', 'Ketamine addiction', 'Signs and treatment', now()),
				  (gen_random_uuid(), 'a-draft', 'A draft', 'Not reviewed yet', null)""");
		try {
			this.mvc.perform(get("/api/content/articles"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].slug", contains("ketamine-addiction")));
		}
		finally {
			this.jdbc.update("delete from article");
		}
	}

	@Test
	void aTokenForAnotherServiceIsRejectedEvenOnPublicReads() throws Exception {
		// A presented token must be valid for this service; silently treating it as anonymous would hide misuse.
		this.mvc.perform(get("/api/content/articles").header(HttpHeaders.AUTHORIZATION,
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
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update(
					"insert into article (id, slug, title, summary) values (gen_random_uuid(), 'Bad Slug!', 't', 's')"))
			.hasMessageContaining("article_slug_check");
	}

	@Test
	void theListIsEmptyBeforeAnythingIsPublished() throws Exception {
		this.mvc.perform(get("/api/content/articles")).andExpect(status().isOk()).andExpect(content().json("[]"));
	}

}
