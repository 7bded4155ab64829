package org.carepath.referral.demo;

import java.time.Instant;

/** The dataset was imported before: importing it again would duplicate it. */
class DemoDataAlreadyImported extends RuntimeException {

	private final Instant importedAt;

	DemoDataAlreadyImported(String dataset, Instant importedAt) {
		super("The demo dataset " + dataset + " was imported at " + importedAt + ".");
		this.importedAt = importedAt;
	}

	Instant importedAt() {
		return this.importedAt;
	}

}
