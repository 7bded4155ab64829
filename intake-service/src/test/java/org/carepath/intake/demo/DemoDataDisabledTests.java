package org.carepath.intake.demo;

import java.util.List;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without {@code carepath.demo-data.enabled} there is no import, even for an admin. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class DemoDataDisabledTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	ApplicationContext context;

	@Test
	void theImportIsRefusedWhenNotEnabled() throws Exception {
		String body = DemoScreeningImportTests.dataset("demo-x",
				DemoScreeningImportTests.phq9Crisis("66666666-6666-6666-6666-666666666666"));

		this.mvc.perform(post("/demo-data/screenings").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/demo-data/screenings").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isNotFound());
		assertThat(this.context.getBeanNamesForType(DemoScreeningImport.class)).isEmpty();
	}

	private String adminToken() {
		return this.keycloak.token("admin", List.of("admin", "staff"), "carepath-intake");
	}

}
