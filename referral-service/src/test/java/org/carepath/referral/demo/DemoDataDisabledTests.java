package org.carepath.referral.demo;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without {@code carepath.demo-data.enabled} there is no import. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class DemoDataDisabledTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theImportIsRefusedWhenNotEnabled() throws Exception {
		this.mvc
			.perform(post("/demo-data/referrals").contentType(MediaType.APPLICATION_JSON)
				.content(DemoReferralImportTests.dataset("demo-x",
						DemoReferralImportTests.completed("66666666-6666-6666-6666-666666666666"))))
			.andExpect(status().isUnauthorized());
		assertThat(this.context.getBeanNamesForType(DemoReferralImport.class)).isEmpty();
	}

}
