package org.carepath.portal.system;

import org.carepath.portal.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OperationsTests extends PageTestSupport {

	@Test
	void readinessAndLivenessProbesAnswerUp() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheusMetricsAreExposed() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
		this.mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
	}

}
