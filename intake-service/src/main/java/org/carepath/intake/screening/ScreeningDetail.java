package org.carepath.intake.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.carepath.intake.alert.ScreeningAlert;

/**
 * A screening in full, for staff: every question with its wording and the answer given,
 * where it is in the workflow and how it got there, its amendments and its crisis alert.
 * Reading it is audited. {@code recordVersion} goes back with a status change or an
 * amendment, so that a change made on a stale copy is refused. {@code clinicalSummary} is
 * the result in the clinical rules' words for staff ({@code nextStep.text} is what the
 * person was told). {@code referrals} are the referrals made from it, as the referral
 * service reported them, the latest first.
 */
record ScreeningDetail(UUID id, String reference, String instrument, String instrumentTitle, String version,
		String copyright, String mode, String status, @Nullable String administeredBy, @Nullable Instant startedAt,
		Instant completedAt, int score, int maxScore, String band, boolean positive, boolean crisis, boolean openAlert,
		SubmissionResult.Step nextStep, String clinicalSummary, String interpretation, List<String> notes,
		@Nullable Respondent respondent, List<ItemAnswer> items, @Nullable Contact contact, long recordVersion,
		List<String> allowedTransitions, List<StatusChange> history, @Nullable BriefIntervention briefIntervention,
		int revision, List<Amendment> amendments, @Nullable ScreeningAlert alert, List<ReferralLink> referrals) {

	/**
	 * {@code answer} is the code or the number given; {@code display} the option's
	 * wording; null when not asked.
	 */
	record ItemAnswer(String linkId, String text, @Nullable Object answer, @Nullable String display,
			@Nullable Integer points) {
	}

	record Respondent(@Nullable String sex, @Nullable String ageBand) {
	}

	/** {@code phone} in E.164 (older rows: as typed); {@code preferredTime} a code. */
	record Contact(@Nullable String name, @Nullable String phone, @Nullable String email,
			@Nullable String preferredTime, boolean consentToContact) {
	}

}
