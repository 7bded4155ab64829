package org.carepath.referral.demo;

import jakarta.validation.Valid;
import org.carepath.support.demo.DemoData;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /demo-data/referrals}, devstack's import on the service's own loopback port
 * (outside {@code /api/**}: the gateway never routes it). Absent unless
 * {@code carepath.demo-data.enabled=true}.
 */
@RestController
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class DemoDataController {

	private final DemoReferralImport imports;

	DemoDataController(DemoReferralImport imports) {
		this.imports = imports;
	}

	@PostMapping("/demo-data/referrals")
	@ResponseStatus(HttpStatus.CREATED)
	DemoReferralImport.Imported importReferrals(@Valid @RequestBody DemoReferrals request) {
		return this.imports.store(request);
	}

}
