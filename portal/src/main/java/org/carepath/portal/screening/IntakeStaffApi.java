package org.carepath.portal.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The intake service's staff API as the portal reads it: only what the pages show, so
 * fields the service adds later are ignored. Names follow the API.
 */
final class IntakeStaffApi {

	private IntakeStaffApi() {
	}

	/**
	 * A row of the queue. No answers, no contact details: {@code contactRequested} only
	 * says the person asked to be contacted. {@code summary} is intake's clinical
	 * summary.
	 */
	record QueueItem(String id, String reference, String instrument, @Nullable String instrumentTitle,
			@Nullable String instrumentVersion, @Nullable String mode, String status, @Nullable String band,
			@Nullable String nextStep, @Nullable String summary, boolean crisis, boolean openAlert,
			@Nullable Boolean contactRequested, @Nullable Instant completedAt, long waitingMinutes) {

		/** Whether the person asked to be contacted (false when intake does not say). */
		public boolean asksToBeContacted() {
			return Boolean.TRUE.equals(this.contactRequested);
		}

		/** The instrument's name; its id only when intake does not say. */
		public String instrumentName() {
			return (this.instrumentTitle != null) ? this.instrumentTitle : this.instrument;
		}

	}

	/**
	 * A crisis alert; {@code waitingMinutes} is how long it waited (until acknowledged,
	 * or until now).
	 */
	record AlertRow(String id, String screeningId, String screeningReference, @Nullable String instrument,
			String status, @Nullable Instant raisedAt, @Nullable Instant acknowledgedAt,
			@Nullable String acknowledgedBy, long waitingMinutes, @Nullable List<Notification> notifications) {

		public boolean isOpen() {
			return "open".equals(this.status);
		}

		/** The latest email about this alert, for the queue's one-line summary. */
		public @Nullable Notification lastNotification() {
			List<Notification> all = orEmpty(this.notifications).stream().filter(Objects::nonNull).toList();
			return all.isEmpty() ? null : all.getLast();
		}

	}

	/** A self-check the clinic offers, for the queue's instrument filter. */
	record Instrument(@Nullable String id, @Nullable String title) {
	}

	/**
	 * A screening in full. Reading it is audited by intake. {@code recordVersion} goes
	 * back with a status change. {@code referrals}: the referrals made from it, as intake
	 * linked them from the referral service's events, the latest first.
	 */
	record ScreeningDetail(String id, String reference, String instrument, @Nullable String instrumentTitle,
			@Nullable String version, @Nullable String copyright, @Nullable String mode, String status,
			@Nullable String administeredBy, @Nullable Instant startedAt, @Nullable Instant completedAt,
			@Nullable Integer score, @Nullable Integer maxScore, @Nullable String band, boolean positive,
			boolean crisis, boolean openAlert, @Nullable Step nextStep, @Nullable String clinicalSummary,
			@Nullable String interpretation, @Nullable List<String> notes, @Nullable Respondent respondent,
			@Nullable List<ItemAnswer> items, @Nullable Contact contact, @Nullable Long recordVersion,
			@Nullable List<String> allowedTransitions, @Nullable List<StatusChange> history,
			@Nullable BriefIntervention briefIntervention, @Nullable Integer revision,
			@Nullable List<Amendment> amendments, @Nullable Alert alert, @Nullable List<Referral> referrals) {

		public List<String> noteList() {
			return orEmpty(this.notes);
		}

		public List<ItemAnswer> itemList() {
			return orEmpty(this.items);
		}

		/**
		 * The next steps offered: intake's, but "referred" only while a referral made
		 * from the screening stands — never a screening marked referred without one.
		 */
		public List<String> transitions() {
			return orEmpty(this.allowedTransitions).stream()
				.filter(to -> !"referred".equals(to) || referralList().stream().anyMatch(Referral::stands))
				.toList();
		}

		public List<Referral> referralList() {
			return orEmpty(this.referrals).stream().filter(Objects::nonNull).toList();
		}

		public List<StatusChange> historyList() {
			return orEmpty(this.history);
		}

		public List<Amendment> amendmentList() {
			return orEmpty(this.amendments).stream().filter(Objects::nonNull).toList();
		}

		/**
		 * Whether the contact block has anything to show: the person left a way to reach
		 * them.
		 */
		public boolean hasContact() {
			return this.contact != null
					&& (this.contact.name() != null || this.contact.phone() != null || this.contact.email() != null);
		}

		/**
		 * Whether an alert is open: the detail's alert when the service sends it, else
		 * the older flag.
		 */
		public boolean alertIsOpen() {
			return (this.alert != null) ? this.alert.isOpen() : this.openAlert;
		}

		/** The instrument's name; its id only when intake does not say. */
		public String instrumentName() {
			return (this.instrumentTitle != null) ? this.instrumentTitle : this.instrument;
		}

		/** "6 of 10" when intake gives the scale. */
		public @Nullable String scoreText() {
			if (this.score == null) {
				return null;
			}
			return (this.maxScore != null) ? this.score + " of " + this.maxScore : String.valueOf(this.score);
		}

	}

	record Step(@Nullable String code, @Nullable String text) {
	}

	record Respondent(@Nullable String sex, @Nullable String ageBand) {
	}

	/**
	 * {@code answer} is the code or number given, {@code display} the option's wording;
	 * both null when not asked.
	 */
	record ItemAnswer(@Nullable String linkId, @Nullable String text, @Nullable Object answer, @Nullable String display,
			@Nullable Integer points) {

		public String answerText() {
			if (this.display != null) {
				return this.display;
			}
			return (this.answer != null) ? this.answer.toString() : "Not asked";
		}

	}

	/** {@code phone} as intake keeps it (E.164); {@code preferredTime} a code. */
	record Contact(@Nullable String name, @Nullable String phone, @Nullable String email,
			@Nullable String preferredTime, boolean consentToContact) {
	}

	record StatusChange(@Nullable String from, @Nullable String to, @Nullable String by, @Nullable Instant at,
			@Nullable String note) {
	}

	record BriefIntervention(@Nullable String by, @Nullable Instant at, @Nullable String note) {
	}

	/** A referral made from the screening: its id, status code and since when. */
	record Referral(String id, @Nullable String status, @Nullable Instant updatedAt) {

		/** Not declined or cancelled: the screening counts as referred. */
		public boolean stands() {
			return this.status != null && !"rejected".equals(this.status) && !"cancelled".equals(this.status);
		}

	}

	/**
	 * {@code notifications}: the emails intake sent or will send about the alert (the
	 * on-call contact, then escalation), oldest first; {@code null} from an intake that
	 * does not send them.
	 */
	record Alert(@Nullable String id, @Nullable String status, @Nullable Instant raisedAt, @Nullable String alertedTo,
			@Nullable List<Seen> seenBy, @Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt,
			@Nullable List<Notification> notifications) {

		public boolean isOpen() {
			return "open".equals(this.status);
		}

		public List<Seen> seenList() {
			return orEmpty(this.seenBy);
		}

		public List<Notification> notificationList() {
			return orEmpty(this.notifications).stream().filter(Objects::nonNull).toList();
		}

		/** Whether this intake reports notifications at all (an empty list: none yet). */
		public boolean reportsNotifications() {
			return this.notifications != null;
		}

	}

	/**
	 * One email about a crisis alert: to whom, why ({@code on-call}, {@code escalation},
	 * {@code escalation-again}), its delivery {@code status} ({@code pending},
	 * {@code sent}, {@code failed}, {@code cancelled}), how many attempts, when it is or
	 * was due, when it went out and the last error. Never carries health data.
	 */
	record Notification(@Nullable String recipient, @Nullable String reason, @Nullable String status,
			@Nullable Integer attempts, @Nullable Instant dueAt, @Nullable Instant sentAt, @Nullable String lastError) {

		/** The moment that matters for its status: sent at, else due at. */
		public @Nullable Instant when() {
			return (this.sentAt != null) ? this.sentAt : this.dueAt;
		}

	}

	record Seen(@Nullable String by, @Nullable Instant at) {
	}

	/**
	 * A correction of the answers: the revision it replaced, who amended it, when and
	 * why.
	 */
	record Amendment(@Nullable Integer revision, @Nullable String amendedBy, @Nullable Instant at,
			@Nullable String reason) {
	}

	/**
	 * {@code POST /api/intake/screenings/{id}/status}. {@code recordVersion} is the one
	 * the staff member saw: a change made on a copy someone else has changed since is
	 * refused (409) instead of silently overwriting theirs.
	 */
	record StatusRequest(String status, @Nullable String note, @Nullable Long recordVersion) {
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

}
