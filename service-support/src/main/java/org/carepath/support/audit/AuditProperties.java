package org.carepath.support.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * What a service audits: {@code carepath.audit.subject} names the record kind (its
 * {@code audit_event} table has a {@code <subject>_id} column, and the trail endpoint
 * takes {@code ?<subject>=}), {@code carepath.audit.path} where administrators read the
 * trail.
 */
@ConfigurationProperties("carepath.audit")
public record AuditProperties(String subject, String path) {

	public AuditProperties {
		Assert.isTrue(subject != null && subject.matches("[a-z][a-z_]*"),
				"carepath.audit.subject must be a lower-case name such as 'screening'");
		Assert.hasText(path, "carepath.audit.path must name the trail's path");
	}

	String subjectColumn() {
		return this.subject + "_id";
	}

}
