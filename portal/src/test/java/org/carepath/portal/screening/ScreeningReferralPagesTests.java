package org.carepath.portal.screening;

import org.carepath.portal.Html;
import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referrals intake linked to a screening (from the referral service's events): shown
 * with their status and a link, and "Mark as referred" offered only while one stands.
 */
class ScreeningReferralPagesTests extends PageTestSupport {

	static final String SCREENING_ID = "5a1d2c3b-2222-4a5b-9c8d-0123456789ab";

	static final String REFERRAL_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

	/** A DAST-10 after its brief intervention, with these referrals (a JSON array). */
	static String detail(String referrals) {
		return """
				{"id":"%s","reference":"CP-DAST7","instrument":"dast-10","version":"1.0","mode":"self",
				 "status":"brief-intervention-done","completedAt":"2026-03-02T09:00:00Z","score":7,"band":"substantial",
				 "positive":true,"crisis":false,"openAlert":false,"nextStep":{"code":"assessment-referral","text":null},
				 "items":[],"recordVersion":3,"allowedTransitions":["referred","closed"],
				 "history":[{"from":"new","to":"in-review","by":"intake","at":"2026-03-02T09:10:00Z","note":null},
				            {"from":"in-review","to":"brief-intervention-done","by":"clinician","at":"2026-03-02T09:30:00Z",
				             "note":"Talked it through."}],
				 "referrals":%s}"""
			.formatted(SCREENING_ID, referrals);
	}

	@Test
	void withoutAReferralStaffAreNotOfferedMarkAsReferred() throws Exception {
		services.answerJson("/api/intake/screenings/" + SCREENING_ID, detail("[]"));

		String html = page();

		assertThat(html).doesNotContain("value=\"referred\"", "id=\"referrals\"")
			.contains("<label for=\"status-closed\">Close the screening");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aReferralIsShownWithItsStatusAndLinkAndMakesMarkAsReferredAvailable() throws Exception {
		services.answerJson("/api/intake/screenings/" + SCREENING_ID, detail("""
				[{"id":"%s","status":"accepted","updatedAt":"2026-03-02T10:05:00Z"}]""".formatted(REFERRAL_ID)));

		String html = page();

		assertThat(html).contains("href=\"/staff/referrals/" + REFERRAL_ID + "\"", "value=\"referred\"");
		assertThat(Html.text(html)).contains("Referral: Accepted by the program", "March 2, 2026, 10:05 AM UTC");
		Html.assertAccessibleLayout(html);
	}

	@Test
	void aReferralDeclinedOrCancelledIsShownButIsNoReasonToMarkTheScreeningReferred() throws Exception {
		services.answerJson("/api/intake/screenings/" + SCREENING_ID,
				detail("""
						[{"id":"%s","status":"cancelled","updatedAt":"2026-03-03T10:00:00Z"},
						 {"id":"b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","status":"rejected","updatedAt":"2026-03-02T10:00:00Z"}]"""
					.formatted(REFERRAL_ID)));

		String html = page();

		assertThat(Html.text(html)).contains("Cancelled: consent revoked", "Declined by the program");
		assertThat(html).doesNotContain("value=\"referred\"");
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/staff/screenings/" + SCREENING_ID).with(clinician()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static JwtRequestPostProcessor clinician() {
		return signedInAs("clinician", "Clara Clinician", "staff", "clinician");
	}

}
