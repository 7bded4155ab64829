package org.carepath.portal.check;

import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CheckPageTests extends PageTestSupport {

	private static final String INSTRUMENTS = "/api/intake/instruments";

	@Test
	void listsTheSelfChecksOfTheIntakeServiceByTitleEachLinkedToItsForm() throws Exception {
		services.answerJson(INSTRUMENTS,
				"""
						[{"id":"dast-10","title":"Drug use (DAST-10)","version":"1.0","description":"Ten yes/no questions about the past 12 months."},
						 {"id":"audit-c","title":"Alcohol use (AUDIT-C)","version":"1.0"}]""");

		String html = checkPage();

		assertThat(html).contains("<a href=\"/check/dast-10\">Drug use (DAST-10)</a>",
				"Ten yes/no questions about the past 12 months.",
				"<a href=\"/check/audit-c\">Alcohol use (AUDIT-C)</a>");
		assertThat(html).doesNotContain("temporarily unavailable", "Nothing here yet");
	}

	@Test
	void withNoSelfChecksYetSaysSoKindlyAndShowsWhereToGetHelp() throws Exception {
		services.answerJson(INSTRUMENTS, "[]");

		assertThat(checkPage()).contains("Nothing here yet", "Need to talk to someone now?", "href=\"sms:988\"");
	}

	@Test
	void whenTheIntakeServiceIsDownTheNoteSaysTemporarilyUnavailable() throws Exception {
		services.dropConnections(INSTRUMENTS);

		String html = checkPage();

		assertThat(html).contains("Self-checks are temporarily unavailable", "href=\"tel:988\"");
		assertThat(html).doesNotContain("Exception", "Nothing here yet");
	}

	@Test
	void whenTheIntakeServiceFailsTheNoteSaysTemporarilyUnavailable() throws Exception {
		services.answerStatus(INSTRUMENTS, 500);

		assertThat(checkPage()).contains("Self-checks are temporarily unavailable");
	}

	@Test
	void saysPlainlyThatAnswersAreNotWatchedAroundTheClock() throws Exception {
		services.answerJson(INSTRUMENTS, "[]");

		assertThat(checkPage()).contains("not watched around the clock", "not a diagnosis");
	}

	private String checkPage() throws Exception {
		return this.mvc.perform(get("/check"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
