package org.carepath.referral.stats;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.carepath.support.period.ReportingPeriod;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's referral figures. Staff only (SecurityConfiguration: every GET under
 * {@code /api/referrals}); counts and durations only, so reading them is not audited.
 */
@RestController
class ReferralStatsController {

	private final ReferralStatsQueries queries;

	private final Clock clock;

	ReferralStatsController(ReferralStatsQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping("/api/referrals/stats")
	ReferralStats stats(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return this.queries.report(ReportingPeriod.of(from, to, this.clock));
	}

}
