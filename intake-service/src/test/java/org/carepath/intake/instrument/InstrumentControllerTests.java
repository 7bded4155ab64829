package org.carepath.intake.instrument;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public instrument API on the real application: no token needed, problem+json for an
 * unknown id.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class InstrumentControllerTests {

	@Autowired
	TestIssuer keycloak;

	@Autowired
	MockMvc mvc;

	@Test
	void theListShowsEachInstrumentWithWhatAPersonNeedsToChoose() throws Exception {
		this.mvc.perform(get("/api/intake/instruments"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$[?(@.id == 'phq-9')].title").value("PHQ-9 (depression)"))
			.andExpect(jsonPath("$[?(@.id == 'phq-9')].version").value("1.0.0"))
			.andExpect(jsonPath("$[?(@.id == 'phq-9')].itemCount").value(10))
			.andExpect(jsonPath("$[?(@.id == 'phq-9')].lookBack").value("P2W"))
			.andExpect(jsonPath("$[?(@.id == 'phq-9')].estimatedMinutes").value(3))
			.andExpect(jsonPath("$[?(@.id == 'phq-9')].population").value("Adults"))
			.andExpect(jsonPath("$[?(@.id == 'crafft-2.1')].population").value("Ages 12–21"))
			.andExpect(jsonPath("$[?(@.id == 'dast-10')].copyright")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Harvey A. Skinner"))))
			.andExpect(jsonPath("$[0].description").isNotEmpty());
	}

	@Test
	void theListSaysWhomEachInstrumentIsForAndWhatItIsAboutFromItsUseContext() throws Exception {
		this.mvc.perform(get("/api/intake/instruments"))
			.andExpect(jsonPath("$[?(@.id == 'crafft-2.1')].minAge").value(12))
			.andExpect(jsonPath("$[?(@.id == 'crafft-2.1')].maxAge").value(21))
			.andExpect(jsonPath("$[?(@.id == 'crafft-2.1')].topics[*]")
				.value(org.hamcrest.Matchers.contains("alcohol", "drugs")))
			.andExpect(jsonPath("$[?(@.id == 'audit-c')].minAge").value(18))
			.andExpect(jsonPath("$[?(@.id == 'audit-c')].topics[*]").value(org.hamcrest.Matchers.contains("alcohol")))
			.andExpect(jsonPath("$[?(@.id == 'dast-10')].topics[*]").value(org.hamcrest.Matchers.contains("drugs")))
			.andExpect(jsonPath("$[?(@.id == 'phq-9')].topics[*]").value(org.hamcrest.Matchers.contains("mood")))
			.andExpect(jsonPath("$[?(@.id == 'gad-7')].topics[*]").value(org.hamcrest.Matchers.contains("anxiety")));
	}

	@Test
	void anyoneMayReadAQuestionnaireExactlyAsStored() throws Exception {
		byte[] stored = getClass().getResourceAsStream("/instruments/crafft-2.1.json").readAllBytes();
		this.mvc.perform(get("/api/intake/instruments/crafft-2.1"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/fhir+json"))
			.andExpect(content().bytes(stored));
	}

	@Test
	void aClientAskingForPlainJsonGetsIt() throws Exception {
		this.mvc.perform(get("/api/intake/instruments/phq-9").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.resourceType").value("Questionnaire"))
			.andExpect(jsonPath("$.item[9].code[0].code").value("44260-8"));
	}

	@Test
	void anUnknownInstrumentIsNotFoundAsProblemJson() throws Exception {
		this.mvc.perform(get("/api/intake/instruments/phq-10"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:carepath:problem:not-found"))
			.andExpect(jsonPath("$.status").value(404));
	}

}
