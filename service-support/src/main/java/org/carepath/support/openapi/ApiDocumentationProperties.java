package org.carepath.support.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * How a service's OpenAPI document introduces it: {@code carepath.api.title},
 * {@code carepath.api.description} and {@code carepath.api.version} (the build's version,
 * e.g. {@code '@project.version@'} in application.yml).
 */
@ConfigurationProperties("carepath.api")
public record ApiDocumentationProperties(String title, String description, String version) {

	public ApiDocumentationProperties {
		Assert.hasText(title, "carepath.api.title must name the service's API");
		Assert.hasText(description, "carepath.api.description must say what the API is for");
		Assert.hasText(version, "carepath.api.version must give the API's version");
	}

}
