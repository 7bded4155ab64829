package org.carepath.referral.program;

import java.util.List;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The partner directory, migrated and seeded by Flyway on a real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class ProgramDirectoryTests {

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Test
	void staffSeeBothPartnerProgramsWithTheirLevelsOfCare() throws Exception {
		this.mvc
			.perform(get("/api/referrals/programs").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + keycloak.token("intake", List.of("staff"), "carepath-referral")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].partnerId", contains("harbor", "summit")))
			.andExpect(jsonPath("$[0].levelsOfCare[1].edition").value("3"))
			.andExpect(jsonPath("$[0].levelsOfCare[1].code").value("2.1"))
			.andExpect(jsonPath("$[0].levelsOfCare[1].name").value("Intensive outpatient services"))
			.andExpect(jsonPath("$[0].populations", hasItem("adolescents")))
			.andExpect(jsonPath("$[1].services", hasItem("withdrawal-management")))
			.andExpect(jsonPath("$[1].acceptingReferrals").value(true));
	}

	@Test
	void staffFilterByLevelServiceAndPopulation() throws Exception {
		this.mvc
			.perform(get("/api/referrals/programs?level=2.1&edition=3&service=cbt&population=adolescents").header(
					HttpHeaders.AUTHORIZATION,
					"Bearer " + keycloak.token("intake", List.of("staff"), "carepath-referral")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].partnerId", contains("harbor")))
			.andExpect(jsonPath("$[0].languages", contains("en", "es")))
			.andExpect(jsonPath("$[0].intakeContact.phone").value("555-0142"));
		this.mvc
			.perform(get("/api/referrals/programs?service=withdrawal-management&population=adults").header(
					HttpHeaders.AUTHORIZATION,
					"Bearer " + keycloak.token("intake", List.of("staff"), "carepath-referral")))
			.andExpect(jsonPath("$[*].partnerId", contains("summit")));
		this.mvc
			.perform(get("/api/referrals/programs/6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02").header(
					HttpHeaders.AUTHORIZATION,
					"Bearer " + keycloak.token("intake", List.of("staff"), "carepath-referral")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.services", hasItem("medication-co-occurring")))
			.andExpect(jsonPath("$.address.city").value("Highland"));
	}

	@Test
	void theDirectoryIsNotPublic() throws Exception {
		this.mvc.perform(get("/api/referrals/programs"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void partnersDoNotBrowseTheDirectory() throws Exception {
		this.mvc
			.perform(get("/api/referrals/programs").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + keycloak.partnerToken("summit", "carepath-referral")))
			.andExpect(status().isForbidden());
	}

}
