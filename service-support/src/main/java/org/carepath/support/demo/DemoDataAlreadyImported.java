package org.carepath.support.demo;

import java.time.Instant;

/**
 * The dataset was imported before: importing it again would duplicate it (a 409,
 * {@link DemoDataProblems}).
 */
public class DemoDataAlreadyImported extends RuntimeException {

	private final Instant importedAt;

	DemoDataAlreadyImported(String dataset, Instant importedAt) {
		super("The demo dataset " + dataset + " was imported at " + importedAt + ".");
		this.importedAt = importedAt;
	}

	public Instant importedAt() {
		return this.importedAt;
	}

}
