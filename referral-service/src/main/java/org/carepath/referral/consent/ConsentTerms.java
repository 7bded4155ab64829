package org.carepath.referral.consent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The clinic's own parts of every consent (docs/part2-consent.md): who discloses — the
 * clinic, by its configured name ({@code carepath.clinic.name}, §2.31 element 2) — and
 * the standard statement of the right to revoke naming it (element 6). The portal shows
 * these from here, so a consent names the clinic the gate checks for.
 */
@NamedInterface("api")
@Component
public class ConsentTerms {

	private final String clinicName;

	ConsentTerms(@Value("${carepath.clinic.name}") String clinicName) {
		this.clinicName = clinicName;
	}

	/** Who may disclose: every consent must name this clinic. */
	public String discloser() {
		return this.clinicName;
	}

	/** The clinic's standard statement of the right to revoke. */
	public String revocationStatement() {
		return revocationStatement(this.clinicName);
	}

	/**
	 * The standard statement of the right to revoke, naming the clinic: how to revoke,
	 * and that revoking does not undo what was already disclosed (§2.31(a)(6)).
	 */
	public static String revocationStatement(String clinicName) {
		return "I understand that I may revoke this consent at any time, except to the extent that action has"
				+ " already been taken in reliance on it, by telling " + clinicName + " in writing, by email or in"
				+ " person. Revoking it stops further disclosures; it does not undo disclosures already made.";
	}

}
