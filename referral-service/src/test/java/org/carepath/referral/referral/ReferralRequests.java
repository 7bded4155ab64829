package org.carepath.referral.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.referral.consent.ConsentTerms;
import org.carepath.referral.consent.Disclosure;

/**
 * Referral request bodies as a clinician's form sends them; mutable so each test breaks
 * one thing.
 */
final class ReferralRequests {

	static final String HARBOR = "6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01";

	static final String HARBOR_NAME = "Harbor Youth & Family Outpatient";

	static final String SUMMIT = "6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02";

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

	private ReferralRequests() {
	}

	/**
	 * A referral to harbor at level 2.1 that shares contact and scores, with a complete
	 * consent.
	 */
	static Map<String, Object> toHarbor(boolean shareContact, boolean shareScores) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("screeningId", UUID.randomUUID().toString());
		body.put("screeningReference", "KXM-4827");
		body.put("programId", HARBOR);
		body.put("levelOfCare", Map.of("edition", "3", "code", "2.1"));
		body.put("reasonCategory", "youth-substance-use");
		body.put("patient", new LinkedHashMap<>(Map.of("name", "Alex Rivera", "dateOfBirth", "2008-05-14", "phone",
				"555-0123", "email", "alex@example.org", "preferredContact", "phone")));
		body.put("share", Map.of("contact", shareContact, "scores", shareScores));
		body.put("scores", List.of(Map.of("instrument", "dast-10", "version", "1.0", "score", 7, "band", "substantial",
				"completedAt", "2026-01-12T15:04:00Z")));
		List<String> elements = new ArrayList<>(List.of("level-of-care", "reason-category"));
		if (shareContact) {
			elements.add("identity-and-contact");
		}
		if (shareScores) {
			elements.add("screening-scores");
		}
		Map<String, Object> consent = new LinkedHashMap<>();
		consent.put("patientName", "alex rivera");
		consent.put("discloser", "CarePath Counseling Clinic");
		// The description a patient signs names everything the consent covers: the
		// clinic's standard one for these choices.
		consent.put("information", new LinkedHashMap<>(Map.of("description",
				Disclosure.of(shareContact, shareScores).standardDescription(), "elements", elements)));
		consent.put("recipient", new LinkedHashMap<>(Map.of("programId", HARBOR, "name", HARBOR_NAME)));
		consent.put("purpose", "treatment-referral");
		consent.put("revocationStatement", ConsentTerms.revocationStatement("CarePath Counseling Clinic"));
		consent.put("expiresOn", TODAY.plusMonths(6).toString());
		consent.put("expiryEvent", null);
		consent.put("signature", new LinkedHashMap<>(Map.of("signedBy", "Maria Rivera", "signerRole", "parent",
				"typedSignature", "Maria Rivera", "method", "typed-e-signature")));
		consent.put("signedOn", TODAY.toString());
		body.put("consent", consent);
		return body;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> consent(Map<String, Object> body) {
		return (Map<String, Object>) body.get("consent");
	}

}
