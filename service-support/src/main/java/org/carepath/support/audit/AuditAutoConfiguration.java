package org.carepath.support.audit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log of a service that keeps health data, switched on by
 * {@code carepath.audit.subject}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnProperty("carepath.audit.subject")
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

	@Bean
	AuditLog auditLog(JdbcClient jdbc, Clock clock, AuditProperties properties) {
		return new AuditLog(jdbc, clock, properties);
	}

	@Bean
	AuditTrailController auditTrailController(AuditLog auditLog) {
		return new AuditTrailController(auditLog);
	}

}
