package org.carepath.intake.alert;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carepath.support.security.Actors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Staff only (SecurityConfiguration). */
@RestController
@RequestMapping("/api/intake/alerts")
class AlertController {

	private static final Set<String> STATUSES = Set.of("open", "acknowledged");

	private final CrisisAlerts alerts;

	AlertController(CrisisAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping
	List<AlertRow> list(@RequestParam(defaultValue = "open") String status, @AuthenticationPrincipal Jwt jwt) {
		if (!STATUSES.contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status must be open or acknowledged.");
		}
		return this.alerts.list(status, Actors.of(jwt));
	}

	@PostMapping("/{id}/acknowledge")
	AlertRow acknowledge(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		return this.alerts.acknowledge(id, Actors.of(jwt));
	}

}
