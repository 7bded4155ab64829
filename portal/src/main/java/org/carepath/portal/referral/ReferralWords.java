package org.carepath.portal.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carepath.portal.system.DisplayDates;
import org.carepath.portal.system.PortalProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import static org.carepath.portal.system.CodeWords.word;

/**
 * The referral service's codes in plain words, for the referral pages:
 * {@code ${@referralWords.status(r.status)}}. The code-to-word tables are also the form's
 * choices, in the order they are offered. An unknown code (the service added one) is
 * still shown readably rather than hidden.
 */
@Component("referralWords")
public class ReferralWords {

	/**
	 * ASAM Criteria 3rd edition levels (docs/clinical-rules.md#levels-of-care): the
	 * edition is always stored with the code.
	 */
	static final String ASAM_EDITION = "3";

	static final Map<String, String> LEVELS = ordered("0.5", "Early intervention", "1", "Outpatient services", "2.1",
			"Intensive outpatient services", "2.5", "Partial hospitalization services", "3.1",
			"Clinically managed low-intensity residential services", "3.3",
			"Clinically managed population-specific high-intensity residential services", "3.5",
			"Clinically managed high-intensity residential services", "3.7",
			"Medically monitored intensive inpatient services", "4", "Medically managed intensive inpatient services");

	static final Map<String, String> POPULATIONS = ordered("adolescents", "Adolescents (under 18)", "young-adults",
			"Young adults (18–25)", "adults", "Adults");

	static final Map<String, String> REASONS = ordered("substance-use", "Substance use", "alcohol-use", "Alcohol use",
			"youth-substance-use", "Substance use by a young person", "co-occurring-mental-health",
			"Substance use with depression or anxiety (co-occurring)");

	static final Map<String, String> STATUSES = ordered("requested", "Requested: waiting for the program's answer",
			"accepted", "Accepted by the program", "rejected", "Declined by the program", "in-progress",
			"In progress: the person is in the program", "completed", "Completed", "cancelled",
			"Cancelled: consent revoked");

	static final Map<String, String> SIGNER_ROLES = ordered("patient", "The patient", "parent", "A parent", "guardian",
			"A legal guardian", "authorized-representative", "An authorised representative");

	private static final Map<String, String> SERVICES = Map.of("cbt", "Cognitive behavioural therapy (CBT)",
			"family-therapy", "Family therapy", "medication-co-occurring",
			"Medication for co-occurring depression or anxiety", "withdrawal-management", "Withdrawal management",
			"group-counseling", "Group counselling", "relapse-prevention", "Relapse prevention");

	private static final Map<String, String> CONTACT = Map.of("phone", "Phone", "email", "Email");

	private final DisplayDates dates;

	private final ZoneId zone;

	ReferralWords(DisplayDates dates, PortalProperties properties) {
		this.dates = dates;
		this.zone = properties.portal().timeZone();
	}

	/**
	 * A calendar day (a consent's signing or expiry, a revocation's receipt) in the long
	 * form every page uses for dates: "March 1, 2027".
	 */
	public String day(@Nullable LocalDate day) {
		return (day != null) ? this.dates.date(day.atStartOfDay(this.zone).toInstant()) : "";
	}

	public String status(@Nullable String code) {
		return word(STATUSES, code);
	}

	public String reason(@Nullable String code) {
		return word(REASONS, code);
	}

	public String population(@Nullable String code) {
		return word(POPULATIONS, code);
	}

	public String service(@Nullable String code) {
		return word(SERVICES, code);
	}

	public String signer(@Nullable String code) {
		return word(SIGNER_ROLES, code);
	}

	public String contact(@Nullable String code) {
		return word(CONTACT, code);
	}

	/** "English, Spanish" from BCP-47 tags. */
	public String languages(List<String> tags) {
		return String.join(", ",
				tags.stream()
					.map(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH))
					.map(name -> name.isBlank() ? "?" : name)
					.toList());
	}

	public String level(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = LEVELS.get(code);
		return (name != null) ? code + " " + name : code;
	}

	/** A stable CSS class per status for the badge; unknown codes get the neutral one. */
	public String badge(@Nullable String code) {
		return (code != null && STATUSES.containsKey(code)) ? "badge badge-referral-" + code : "badge";
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}

}
