package org.carepath.support.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of one subject, for administrators:
 * {@code GET <carepath.audit.path>?<subject>=<id>}. Each service's security configuration
 * restricts the path to the admin role.
 */
@RestController
class AuditTrailController {

	private final AuditLog audit;

	AuditTrailController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("${carepath.audit.path}")
	List<AuditEntry> trail(@RequestParam(name = "${carepath.audit.subject}") UUID subjectId) {
		return this.audit.trail(subjectId);
	}

}
