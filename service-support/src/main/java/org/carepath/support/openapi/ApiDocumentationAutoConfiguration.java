package org.carepath.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.carepath.support.security.ResourceServerAutoConfiguration;
import org.carepath.support.security.TokenProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The shared part of every service's OpenAPI document ({@link ApiDocumentation}), for the
 * servlet services that publish one with springdoc.
 */
@AutoConfiguration(after = ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ OpenApiCustomizer.class, OpenAPI.class })
@EnableConfigurationProperties(ApiDocumentationProperties.class)
public class ApiDocumentationAutoConfiguration {

	@Bean
	ApiDocumentation carePathApiDocumentation(ApiDocumentationProperties properties,
			ObjectProvider<TokenProperties> token, ObjectProvider<ApiOperations> operations) {
		TokenProperties tokens = token.getIfAvailable();
		return new ApiDocumentation(properties, (tokens != null) ? tokens.issuer() : null,
				(tokens != null) ? tokens.audience() : null, operations.getIfAvailable(ApiOperations::new));
	}

}
