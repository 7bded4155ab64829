package org.carepath.intake.system;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The schema of the events intake publishes is public like referral's contract
 * (docs/events.md#schemas): a partner or a tool reads it without a token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class EventSchemaTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theScreeningCompletedSchemaIsServedAsJsonWithoutAToken() throws Exception {
		this.mvc.perform(get("/schemas/screening-completed.v1.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$['$id']").value("urn:carepath:schema:intake:screening-completed:v1"))
			.andExpect(jsonPath("$.additionalProperties").value(false));
	}

	@Test
	void onlyReadingIsPublic() throws Exception {
		this.mvc.perform(post("/schemas/screening-completed.v1.json")).andExpect(status().isUnauthorized());
	}

}
