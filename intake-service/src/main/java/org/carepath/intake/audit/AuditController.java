package org.carepath.intake.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of one screening, for administrators (secured in
 * SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/intake/audit")
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<AuditEntry> trail(@RequestParam("screening") UUID screeningId) {
		return this.audit.forScreening(screeningId);
	}

}
