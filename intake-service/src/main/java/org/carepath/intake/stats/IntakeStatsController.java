package org.carepath.intake.stats;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.carepath.support.period.ReportingPeriod;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's intake figures. Staff only (SecurityConfiguration); aggregates carry no
 * health data of anyone in particular, so reading them is not audited.
 */
@RestController
class IntakeStatsController {

	private final IntakeStatsQueries queries;

	private final Clock clock;

	IntakeStatsController(IntakeStatsQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * @param from first day, clinic time (ISO date); see {@link ReportingPeriod} for the
	 * defaults
	 * @param to last day, inclusive
	 */
	@GetMapping("/api/intake/stats")
	IntakeStats stats(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return this.queries.report(ReportingPeriod.of(from, to, this.clock));
	}

}
