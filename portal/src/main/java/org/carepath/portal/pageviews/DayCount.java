package org.carepath.portal.pageviews;

import java.time.LocalDate;

/** One article's counts on one clinic day, as the content service takes them. */
record DayCount(String slug, LocalDate day, long views, long checksStarted) {
}
