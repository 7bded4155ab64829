package org.carepath.content.resource;

import org.carepath.content.EducationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SupportResourcesTests extends EducationTestSupport {

	@Test
	void anyoneSeesWhereToTurnForHelp() throws Exception {
		this.mvc.perform(get("/api/content/resources"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=300, public"))
			.andExpect(jsonPath("$[*].id", hasItems("988-lifeline", "emergency-911", "samhsa-helpline",
					"narcotics-anonymous", "smart-recovery", "findtreatment-gov")));
	}

	@Test
	void crisisLinesAre988And911() throws Exception {
		this.mvc.perform(get("/api/content/resources").param("kind", "crisis-line"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", contains("988-lifeline", "emergency-911")))
			.andExpect(jsonPath("$[0].name").value("988 Suicide & Crisis Lifeline"))
			.andExpect(jsonPath("$[0].phone").value("988"))
			.andExpect(jsonPath("$[0].text").value("988"))
			.andExpect(jsonPath("$[1].phone").value("911"));
	}

	@Test
	void theSamhsaHelplineIsAReferralLineNotACrisisLine() throws Exception {
		this.mvc.perform(get("/api/content/resources").param("kind", "helpline"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", contains("samhsa-helpline")))
			.andExpect(jsonPath("$[0].kind").value("helpline"))
			.andExpect(jsonPath("$[0].phone").value("1-800-662-4357"));
		this.mvc.perform(get("/api/content/resources").param("kind", "crisis-line"))
			.andExpect(jsonPath("$[*].id", not(hasItem("samhsa-helpline"))));
	}

	@Test
	void supportGroupsAreNarcoticsAnonymousAndSmartRecovery() throws Exception {
		this.mvc.perform(get("/api/content/resources").param("kind", "support-group"))
			.andExpect(jsonPath("$[*].id", contains("narcotics-anonymous", "smart-recovery")))
			.andExpect(jsonPath("$[1].url").value("https://smartrecovery.org"));
	}

	@Test
	void anUnknownKindIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/content/resources").param("kind", "hotline"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

}
