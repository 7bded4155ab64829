package org.carepath.referral.system;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The AsyncAPI document at {@code /contract/asyncapi.yaml} is YAML, media type
 * {@code application/yaml} (RFC 9512). Neither the container's nor Spring's table knows
 * the extension, so the contract left as {@code application/octet-stream}: a download of
 * unknown type rather than a document partners' tools can read.
 */
@Configuration(proxyBeanMethods = false)
class ContractMediaTypes {

	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> yamlMediaType() {
		return factory -> {
			MimeMappings yaml = new MimeMappings();
			yaml.add("yaml", "application/yaml");
			yaml.add("yml", "application/yaml");
			factory.addMimeMappings(yaml);
		};
	}

}
