package org.carepath.content.stats;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Counts to add, per article and day (clinic time): what the portal sends from its memory
 * and what the development stack's demo-data import sends.
 */
record PageViewDays(@NotNull @Size(max = MAX_DAYS) List<@NotNull @Valid Day> days) {

	static final int MAX_DAYS = 10_000;

	/** A count far beyond any day's views: a larger one is a mistake, not traffic. */
	static final long MAX_COUNT = 1_000_000_000L;

	record Day(@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 120) String slug,
			@NotNull LocalDate day, @NotNull @PositiveOrZero @Max(MAX_COUNT) Long views,
			@NotNull @PositiveOrZero @Max(MAX_COUNT) Long checksStarted) {
	}

}
