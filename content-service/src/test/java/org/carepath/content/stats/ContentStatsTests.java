package org.carepath.content.stats;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's page-view batches added per article and day (upsert, once per batch key,
 * only for published articles) and the dashboard's education figures read back exactly.
 * Each test uses its own articles and months: the data is shared.
 */
class ContentStatsTests extends EducationTestSupport {

	@Test
	void batchesAddUpPerArticleAndDayAndARepeatedBatchAddsNothing() throws Exception {
		publish(article("stats-upsert", "Counting pages", "Body."));
		String key = UUID.randomUUID().toString();
		report(key, day("stats-upsert", "2025-01-06", 3, 1)).andExpect(status().isNoContent());
		report(key, day("stats-upsert", "2025-01-06", 3, 1)).andExpect(status().isNoContent());
		report(UUID.randomUUID().toString(), day("stats-upsert", "2025-01-06", 2, 0),
				day("stats-upsert", "2025-01-07", 1, 1))
			.andExpect(status().isNoContent());

		stats("2025-01-06", "2025-01-12").andExpect(jsonPath("$.viewsByWeek", hasSize(1)))
			.andExpect(jsonPath("$.articles[?(@.slug == 'stats-upsert')].views", contains(6)))
			.andExpect(jsonPath("$.articles[?(@.slug == 'stats-upsert')].checksStarted", contains(2)))
			.andExpect(jsonPath("$.articles[?(@.slug == 'stats-upsert')].title", contains("Counting pages")));
		assertRow("stats-upsert", "2025-01-06", 5, 1);
		assertRow("stats-upsert", "2025-01-07", 1, 1);
	}

	@Test
	void slugsOfArticlesNeverPublishedAreDropped() throws Exception {
		create(editor(), article("stats-draft-only", "Not yet", "Body.")).andExpect(status().isCreated());
		report(UUID.randomUUID().toString(), day("stats-draft-only", "2025-02-03", 4, 0),
				day("no-such-article", "2025-02-03", 4, 0))
			.andExpect(status().isNoContent());

		stats("2025-02-03", "2025-02-09").andExpect(jsonPath("$.viewsByWeek[0].views").value(0))
			.andExpect(jsonPath("$.articles[?(@.slug == 'stats-draft-only')]", hasSize(0)));
	}

	@Test
	void weeksStartOnMondayAreZeroFilledAndSumEveryArticle() throws Exception {
		publish(article("stats-week-a", "Week A", "Body."));
		publish(article("stats-week-b", "Week B", "Body."));
		// Sunday 2025-03-09 (daylight saving begins) is still the week of 2025-03-03
		report(UUID.randomUUID().toString(), day("stats-week-a", "2025-03-03", 10, 1),
				day("stats-week-a", "2025-03-09", 5, 2), day("stats-week-b", "2025-03-10", 7, 0),
				day("stats-week-b", "2025-03-24", 1, 1), day("stats-week-a", "2025-04-01", 100, 100))
			.andExpect(status().isNoContent());

		stats("2025-03-04", "2025-03-30").andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2025-03-04"))
			.andExpect(jsonPath("$.to").value("2025-03-30"))
			.andExpect(jsonPath("$.timeZone").value("America/New_York"))
			.andExpect(jsonPath("$.viewsByWeek", hasSize(4)))
			// the 3rd is before the period
			.andExpect(jsonPath("$.viewsByWeek[0].week").value("2025-03-03"))
			.andExpect(jsonPath("$.viewsByWeek[0].views").value(5))
			.andExpect(jsonPath("$.viewsByWeek[0].checksStarted").value(2))
			.andExpect(jsonPath("$.viewsByWeek[1].week").value("2025-03-10"))
			.andExpect(jsonPath("$.viewsByWeek[1].views").value(7))
			.andExpect(jsonPath("$.viewsByWeek[2].week").value("2025-03-17"))
			.andExpect(jsonPath("$.viewsByWeek[2].views").value(0))
			.andExpect(jsonPath("$.viewsByWeek[2].checksStarted").value(0))
			.andExpect(jsonPath("$.viewsByWeek[3].week").value("2025-03-24"))
			.andExpect(jsonPath("$.viewsByWeek[3].views").value(1))
			.andExpect(jsonPath("$.viewsByWeek[3].checksStarted").value(1))
			.andExpect(jsonPath("$.articles[?(@.slug == 'stats-week-a')].views", contains(5)))
			.andExpect(jsonPath("$.articles[?(@.slug == 'stats-week-b')].views", contains(8)))
			.andExpect(jsonPath("$.articles[0].slug").value("stats-week-b"))
			.andExpect(jsonPath("$.articles[1].slug").value("stats-week-a"));
	}

	@Test
	void aDayLaterThanTomorrowOrANegativeCountIsA400AndAddsNothing() throws Exception {
		publish(article("stats-refused", "Refused", "Body."));
		report(UUID.randomUUID().toString(), day("stats-refused", "2025-05-05", 1, 0),
				day("stats-refused", "2999-01-01", 1, 0))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("days[1].day"));
		report(UUID.randomUUID().toString(), day("stats-refused", "2025-05-05", -1, 0))
			.andExpect(status().isBadRequest());
		assertRow("stats-refused", "2025-05-05", 0, 0);
	}

	@Test
	void aBadPeriodIsA400Problem() throws Exception {
		stats("2025-03-30", "2025-03-01").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"));
		stats("2025-02-30", "2025-03-01").andExpect(status().isBadRequest());
		stats("2023-01-01", "2025-03-01").andExpect(status().isBadRequest());
	}

	@Test
	void onlyStaffReadTheFiguresAndOnlyThePortalReportsViews() throws Exception {
		this.mvc.perform(as(token("erin", "Erin Editor", "content-editor"), get("/api/content/stats")))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(admin(), get("/api/content/stats"))).andExpect(status().isOk());
		this.mvc
			.perform(as(admin(), post("/api/content/stats/page-views")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"days\":[]}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/content/stats/page-views").contentType(MediaType.APPLICATION_JSON)
				.content("{\"days\":[]}"))
			.andExpect(status().isUnauthorized());
		// the demo-data import does not exist unless switched on, and is not open
		this.mvc.perform(post("/demo-data/page-views").contentType(MediaType.APPLICATION_JSON).content("{\"days\":[]}"))
			.andExpect(status().isUnauthorized());
	}

	static Map<String, Object> day(String slug, String day, long views, long checksStarted) {
		return Map.of("slug", slug, "day", day, "views", views, "checksStarted", checksStarted);
	}

	private ResultActions report(String key, Map<?, ?>... days) throws Exception {
		return this.mvc.perform(as(portal(), post("/api/content/stats/page-views")).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("days", List.of(days)))));
	}

	private ResultActions stats(String from, String to) throws Exception {
		return this.mvc.perform(as(clinician(), get("/api/content/stats").param("from", from).param("to", to)));
	}

	private void assertRow(String slug, String day, long views, long checksStarted) {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select views, checks_started from page_view where slug = ? and day = ?::date", slug, day);
		long actualViews = rows.isEmpty() ? 0 : ((Number) rows.getFirst().get("views")).longValue();
		long actualChecks = rows.isEmpty() ? 0 : ((Number) rows.getFirst().get("checks_started")).longValue();
		org.assertj.core.api.Assertions.assertThat(new long[] { actualViews, actualChecks })
			.containsExactly(views, checksStarted);
	}

	static String portal() {
		return token("service-account-portal", "Portal", "page-view-reporter");
	}

}
