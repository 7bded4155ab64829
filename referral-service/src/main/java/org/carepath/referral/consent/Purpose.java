package org.carepath.referral.consent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why the clinic may disclose (§2.31(a)(5)). The clinic's only purpose is a treatment
 * referral; the label is how the consent form states it.
 */
public enum Purpose {

	TREATMENT_REFERRAL("treatment-referral",
			"Treatment referral: so the program can assess the person and offer treatment");

	private final String code;

	private final String label;

	Purpose(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	static Optional<Purpose> of(String code) {
		return Arrays.stream(values()).filter(purpose -> purpose.code.equals(code)).findFirst();
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(Purpose::code).toList();
	}

}
