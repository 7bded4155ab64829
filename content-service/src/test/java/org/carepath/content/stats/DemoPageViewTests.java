package org.carepath.content.stats;

import java.util.List;
import java.util.Map;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The development stack's import: switched on, it adds page views on past days without a
 * token, and refuses articles that were never published.
 */
@TestPropertySource(properties = "carepath.demo-data.enabled=true")
class DemoPageViewTests extends EducationTestSupport {

	@Test
	void theImportAddsViewsOnPastDaysWithoutAToken() throws Exception {
		publish(article("stats-demo", "Demo", "Body."));
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/demo-data/page-views").contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(
							Map.of("days", List.of(ContentStatsTests.day("stats-demo", "2024-10-01", 123, 4))))))
				.andExpect(status().isNoContent());
		}
		this.mvc
			.perform(as(clinician(), get("/api/content/stats").param("from", "2024-09-30").param("to", "2024-10-06")))
			.andExpect(jsonPath("$.viewsByWeek[0].views").value(246))
			.andExpect(jsonPath("$.articles[?(@.slug == 'stats-demo')].checksStarted", contains(8)));
	}

	@Test
	void anArticleNeverPublishedIsRefusedAndNothingIsAdded() throws Exception {
		publish(article("stats-demo-known", "Known", "Body."));
		this.mvc
			.perform(post("/demo-data/page-views").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("days",
						List.of(ContentStatsTests.day("stats-demo-known", "2024-11-01", 1, 0),
								ContentStatsTests.day("stats-demo-unknown", "2024-11-01", 1, 0))))))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(as(clinician(), get("/api/content/stats").param("from", "2024-11-01").param("to", "2024-11-01")))
			.andExpect(jsonPath("$.articles[?(@.slug == 'stats-demo-known')].views", contains(0)));
	}

}
