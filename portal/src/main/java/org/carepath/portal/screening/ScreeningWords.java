package org.carepath.portal.screening;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import static org.carepath.portal.system.CodeWords.ordered;
import static org.carepath.portal.system.CodeWords.word;

/**
 * The intake service's codes in words, for staff and patient pages:
 * {@code ${@words.status(s.status)}}. An unknown code (the service added one) is still
 * shown readably rather than hidden.
 */
@Component("words")
public class ScreeningWords {

	/**
	 * Intake's screening statuses, in workflow order (the queue filter offers them so).
	 */
	static final Map<String, String> STATUSES = ordered("new", "New", "in-review", "In review",
			"brief-intervention-done", "Brief intervention done", "referred", "Referred", "closed", "Closed");

	/**
	 * What the staff member does by choosing the status (the transition form's options).
	 */
	private static final Map<String, String> ACTIONS = Map.of("in-review", "Start the review (in review)",
			"brief-intervention-done", "Record the brief intervention (brief intervention done)", "referred",
			"Mark as referred for assessment (referred)", "closed", "Close the screening (closed)");

	private static final Map<String, String> NEXT_STEPS = Map.of("reinforce", "Reinforce and educate",
			"brief-intervention", "Brief intervention", "assessment-referral",
			"Brief intervention and referral for assessment", "urgent-review", "Clinician review today");

	/** Every band an instrument can give, in rough order of severity. */
	static final Map<String, String> BANDS = ordered("none", "No problems reported", "minimal", "Minimal", "low", "Low",
			"low-risk", "Lower risk", "negative", "Below the cut-off", "mild", "Mild", "moderate", "Moderate",
			"positive", "At or above the cut-off", "moderately-severe", "Moderately severe", "substantial",
			"Substantial", "high-risk", "Higher risk", "severe", "Severe");

	private static final Map<String, String> MODES = Map.of("self", "Self-check", "staff", "Administered by staff");

	/** When the person would rather be contacted (intake's codes). */
	private static final Map<String, String> CONTACT_TIMES = Map.of("any", "Any time", "morning", "Morning",
			"afternoon", "Afternoon", "evening", "Evening");

	/**
	 * Why intake emailed someone about a crisis alert: the on-call contact when it
	 * opened, then escalation while nobody acknowledges it.
	 */
	private static final Map<String, String> NOTIFICATION_REASONS = Map.of("on-call", "On call", "escalation",
			"Escalation", "escalation-again", "Escalation again");

	/**
	 * Where an email about an alert stands. "Delivered": the clinic's mail server took
	 * it.
	 */
	private static final Map<String, String> NOTIFICATION_STATUSES = Map.of("pending", "Pending", "sent", "Delivered",
			"failed", "Failed", "cancelled", "Cancelled: not sent");

	public String status(@Nullable String code) {
		return word(STATUSES, code);
	}

	public String action(@Nullable String code) {
		return word(ACTIONS, code);
	}

	public String nextStep(@Nullable String code) {
		return word(NEXT_STEPS, code);
	}

	public String band(@Nullable String code) {
		return word(BANDS, code);
	}

	/**
	 * Where a band stands in {@link #BANDS}' order of severity, for charts that stack
	 * bands from mild to severe; a band intake added later comes after the known ones.
	 */
	public int severity(@Nullable String code) {
		int rank = 0;
		for (String band : BANDS.keySet()) {
			if (band.equals(code)) {
				return rank;
			}
			rank++;
		}
		return rank;
	}

	public String mode(@Nullable String code) {
		return word(MODES, code);
	}

	public String contactTime(@Nullable String code) {
		return word(CONTACT_TIMES, code);
	}

	public String notificationReason(@Nullable String code) {
		return word(NOTIFICATION_REASONS, code);
	}

	public String notificationStatus(@Nullable String code) {
		return word(NOTIFICATION_STATUSES, code);
	}

	/** A waiting time as staff say it: "45 min", "2 h 5 min", "3 d 4 h". */
	public String waiting(long minutes) {
		if (minutes < 60) {
			return Math.max(0, minutes) + " min";
		}
		long hours = minutes / 60;
		if (hours < 24) {
			long rest = minutes % 60;
			return (rest == 0) ? hours + " h" : hours + " h " + rest + " min";
		}
		long days = hours / 24;
		long restHours = hours % 24;
		return (restHours == 0) ? days + " d" : days + " d " + restHours + " h";
	}

}
