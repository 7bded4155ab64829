package org.carepath.intake.scoring;

import java.util.List;

/**
 * An instrument's bands, from 0 to its highest score without gaps, each with the next
 * step it suggests; checked against the data at start.
 */
final class BandTable {

	private final List<Band> bands;

	BandTable(Band... bands) {
		this.bands = List.of(bands);
	}

	Band of(int score) {
		return this.bands.stream()
			.filter(band -> band.min() <= score && score <= band.max())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No band for score " + score));
	}

	/**
	 * Fails when the bands do not cover 0..maxScore exactly, e.g. when an item's points
	 * were changed in the data.
	 */
	void checkCovers(String instrumentId, int maxScore) {
		int next = 0;
		for (Band band : this.bands) {
			if (band.min() != next || band.max() < band.min()) {
				throw new IllegalStateException(instrumentId + ": bands must run from 0 without gaps or overlaps");
			}
			next = band.max() + 1;
		}
		if (next - 1 != maxScore) {
			throw new IllegalStateException(
					instrumentId + ": bands end at " + (next - 1) + " but the items add up to at most " + maxScore);
		}
	}

	/**
	 * A score range, its band code, what it means in plain words, and the step it
	 * suggests (docs/clinical-rules.md): the one place a score leads to a next step.
	 */
	record Band(int min, int max, String code, String meaning, NextStep nextStep) {
	}

}
