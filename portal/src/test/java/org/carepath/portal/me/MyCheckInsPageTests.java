package org.carepath.portal.me;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in patient sees their own check-ins in plain words and how their scores moved.
 */
class MyCheckInsPageTests extends PageTestSupport {

	private static final String MINE = "/api/intake/my/screenings";

	@Test
	void listsTheirCheckInsInPlainWordsWithAScoreTrendPerInstrument() throws Exception {
		services.answerJson(MINE,
				"""
						{"screenings":[
						  {"id":"1","reference":"CP-3","instrument":"phq-9","instrumentTitle":"PHQ-9 (depression)","version":"1.0.0",
						   "completedAt":"2025-06-10T10:00:00Z","score":6,"maxScore":27,"band":"mild","positive":false,"crisis":false,
						   "nextStep":{"code":"brief-intervention","text":"A short, private conversation with a counselor."}},
						  {"id":"2","reference":"CP-2","instrument":"phq-9","instrumentTitle":"PHQ-9 (depression)","version":"1.0.0",
						   "completedAt":"2025-05-10T10:00:00Z","score":14,"maxScore":27,"band":"moderate","positive":true,"crisis":false,
						   "nextStep":{"code":"brief-intervention","text":"A short, private conversation with a counselor."}}],
						 "trends":[{"instrument":"phq-9","points":[{"completedAt":"2025-05-10T10:00:00Z","score":14,"band":"moderate"},
						                                           {"completedAt":"2025-06-10T10:00:00Z","score":6,"band":"mild"}]}]}""");

		String html = this.mvc.perform(get("/me/screenings").with(signedInAs("pat", "Pat Patient", "patient")))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String text = Html.text(html);
		assertThat(text).contains(
				"June 10, 2025 PHQ-9 (depression) 6 Mild A short, private conversation with a counselor.",
				"May 10, 2025 PHQ-9 (depression) 14 Moderate", "How your scores changed");
		assertThat(html.indexOf("June 10, 2025")).isLessThan(html.indexOf("May 10, 2025"));
		assertThat(html).contains("<caption id=\"mine-caption\">Your check-ins, newest first</caption>",
				"<polyline class=\"sparkline-line\" points=\"4,20 156,29\"></polyline>",
				"role=\"img\" aria-label=\"Scores over 2 check-ins, from 14 to 6 (highest possible 27)\"",
				"<a href=\"/me/screenings\" aria-current=\"page\">My check-ins</a>");
		assertThat(services.requests("GET", MINE).getFirst().authorization()).isEqualTo("Bearer token");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aTrendForAnInstrumentIntakeNoLongerShipsIsScaledToItsHighestScore() throws Exception {
		services.answerJson(MINE,
				"""
						{"screenings":[
						  {"id":"1","reference":"CP-3","instrument":"old-check","instrumentTitle":"old-check","version":"0.9",
						   "completedAt":"2025-06-10T10:00:00Z","score":5,"band":"low","positive":false,"crisis":false,
						   "nextStep":{"code":"reinforce","text":"No further step is suggested now."}}],
						 "trends":[{"instrument":"old-check","points":[{"completedAt":"2025-05-10T10:00:00Z","score":10,"band":"high"},
						                                               {"completedAt":"2025-06-10T10:00:00Z","score":5,"band":"low"}]}]}""");

		String html = this.mvc.perform(get("/me/screenings").with(signedInAs("pat", "Pat Patient", "patient")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<polyline class=\"sparkline-line\" points=\"4,4 156,20\"></polyline>",
				"aria-label=\"Scores over 2 check-ins, from 10 to 5 (highest possible 10)\"");
	}

	@Test
	void withNoCheckInsYetOffersASelfCheck() throws Exception {
		services.answerJson(MINE, "{\"screenings\":[],\"trends\":[]}");

		String html = this.mvc.perform(get("/me/screenings").with(signedInAs("pat", "Pat Patient", "patient")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("No check-ins yet", "href=\"/check\"").doesNotContain("How your scores changed");
	}

	@Test
	void onlyPatientsHaveCheckIns() throws Exception {
		this.mvc.perform(get("/me/screenings").with(signedInAs("intake", "Ivy Intake", "staff")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/me/screenings")).andExpect(status().isUnauthorized());
		assertThat(services.requests()).isEmpty();
	}

}
