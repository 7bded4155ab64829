package org.carepath.intake.screening;

import java.security.SecureRandom;

/**
 * Short codes a person can read out on the phone, e.g. {@code K7M-4QPX}: seven symbols
 * from an alphabet without look-alikes (no 0/O, 1/I/L), about 3.4e10 codes. Random, so a
 * code says nothing about the screening.
 */
final class References {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom random = new SecureRandom();

	private References() {
	}

	static String next() {
		StringBuilder code = new StringBuilder(8);
		for (int i = 0; i < 7; i++) {
			if (i == 3) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
