package org.carepath.content.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code GET /api/content/stats} answers (docs/dashboard.md#education).
 */
record ContentStats(LocalDate from, LocalDate to, String timeZone, List<Week> viewsByWeek,
		List<ArticleCounts> articles) {

	/** Every week of the period by its Monday, zeros included. */
	record Week(LocalDate week, long views, long checksStarted) {
	}

	/**
	 * An article's counts in the period, with the title of its latest public revision.
	 */
	record ArticleCounts(String slug, String title, long views, long checksStarted) {
	}

}
