package org.carepath.referral.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/referrals/stats} answers (docs/dashboard.md#referrals): for the
 * referrals made in the period, per partner program.
 */
record ReferralStats(LocalDate from, LocalDate to, String timeZone, List<Program> programs) {

	/**
	 * One program's figures; the rate is rounded to three decimals, hours and days to
	 * one, and each is null when there is nothing to measure.
	 */
	record Program(UUID programId, String name, long referrals, long answered, long accepted,
			@Nullable Double acceptanceRate, @Nullable Double firstAnswerMedianHours,
			@Nullable Double firstAnswerP90Hours, long completed, @Nullable Double completionMedianDays) {
	}

}
