package org.carepath.referral.program;

import java.util.Map;

/** ASAM Criteria levels of care by edition (docs/clinical-rules.md). */
final class AsamLevels {

	private static final Map<String, Map<String, String>> NAMES = Map.of("3", Map.of("0.5", "Early intervention", "1",
			"Outpatient services", "2.1", "Intensive outpatient services", "2.5", "Partial hospitalization services",
			"3.1", "Clinically managed low-intensity residential services", "3.3",
			"Clinically managed population-specific high-intensity residential services", "3.5",
			"Clinically managed high-intensity residential services", "3.7",
			"Medically monitored intensive inpatient services", "4", "Medically managed intensive inpatient services"));

	private AsamLevels() {
	}

	static String name(String edition, String code) {
		return NAMES.getOrDefault(edition, Map.of()).get(code);
	}

}
