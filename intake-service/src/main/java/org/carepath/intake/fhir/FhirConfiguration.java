package org.carepath.intake.fhir;

import ca.uhn.fhir.context.FhirContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

	/**
	 * Expensive to create (it scans the R4 model), thread-safe once built: one per
	 * application.
	 */
	@Bean
	FhirContext fhirContext() {
		return FhirContext.forR4();
	}

}
