package org.carepath.portal.check;

import org.carepath.portal.Html;
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

	@Test
	void whichCheckIsForMeLeadsFromAgeAndWorryToACheckUsingWhatIntakeSaysEachIsFor() throws Exception {
		services.answerJson(INSTRUMENTS, """
				[{"id":"audit-c","title":"AUDIT-C (alcohol)","minAge":18,"topics":["alcohol"]},
				 {"id":"dast-10","title":"DAST-10 (drug use)","minAge":18,"topics":["drugs"]},
				 {"id":"phq-9","title":"PHQ-9 (depression)","minAge":18,"topics":["mood"]},
				 {"id":"gad-7","title":"GAD-7 (anxiety)","minAge":18,"topics":["anxiety"]},
				 {"id":"crafft-2.1","title":"CRAFFT 2.1 (alcohol and drugs, ages 12–21)","minAge":12,"maxAge":21,
				  "topics":["alcohol","drugs"]}]""");

		String html = checkPage();

		String chooser = Html.text(html.substring(html.indexOf("Which check is for me?"),
				html.indexOf("</section>", html.indexOf("Which check is for me?"))));
		assertThat(chooser).containsSubsequence(
				"Aged 12 to 21 and it is about drinking alcohol or drugs other than alcohol, such as cannabis, pills or"
						+ " ketamine? Take CRAFFT 2.1",
				"Drinking alcohol? (18 or older) Take AUDIT-C",
				"Drugs other than alcohol, such as cannabis, pills or ketamine? (18 or older) Take DAST-10",
				"Low mood? (18 or older) Take PHQ-9", "Worry or anxiety? (18 or older) Take GAD-7");
		assertThat(html).contains("<a href=\"/check/crafft-2.1\">Take CRAFFT 2.1</a>");
		assertThat(html.indexOf("Which check is for me?")).isLessThan(html.indexOf("class=\"cards instrument-list\""));
		Html.assertAccessibleLayout(html);
	}

	private String checkPage() throws Exception {
		return this.mvc.perform(get("/check"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
