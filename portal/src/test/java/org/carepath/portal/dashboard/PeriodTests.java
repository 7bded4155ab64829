package org.carepath.portal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.carepath.portal.dashboard.Period.InvalidPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule itself is service-support's ReportingPeriod (tested there): the page takes its
 * period and says its refusals in words.
 */
class PeriodTests {

	private static final ZoneId CLINIC = ZoneId.of("America/New_York");

	/**
	 * Wednesday 2026-12-09, 01:00 in the clinic (still the 9th there, whatever UTC says).
	 */
	private static final Clock CLOCK = Clock
		.fixed(LocalDate.parse("2026-12-09").atTime(1, 0).atZone(CLINIC).toInstant(), CLINIC);

	@Test
	void withoutDatesThePeriodIsTheTwelveCompleteWeeksBeforeTheCurrentOneByTheClinicsClock() {
		Period period = Period.parse(null, " ", CLOCK);

		assertThat(period).isEqualTo(new Period(LocalDate.parse("2026-09-14"), LocalDate.parse("2026-12-06")));
		assertThat(period.weeks()).hasSize(12)
			.startsWith(LocalDate.parse("2026-09-14"))
			.endsWith(LocalDate.parse("2026-11-30"));
		assertThat(period.query()).isEqualTo("from=2026-09-14&to=2026-12-06");
	}

	@Test
	void weeksAreNamedByTheirMondayAndAPeriodStartingMidweekTouchesThatWeek() {
		Period period = Period.parse("2026-09-16", "2026-09-28", CLOCK);

		assertThat(period.weeks()).containsExactly(LocalDate.parse("2026-09-14"), LocalDate.parse("2026-09-21"),
				LocalDate.parse("2026-09-28"));
	}

	@Test
	void aDateThatIsNotOneAReversedPeriodOrOneLongerThanTwoYearsIsRefusedInWords() {
		assertThatThrownBy(() -> Period.parse("2026-13-01", null, CLOCK)).isInstanceOf(InvalidPeriod.class)
			.hasMessage("The start date must be a date such as 2026-09-14.");
		assertThatThrownBy(() -> Period.parse(null, "yesterday", CLOCK))
			.hasMessage("The end date must be a date such as 2026-09-14.");
		assertThatThrownBy(() -> Period.parse("2026-10-02", "2026-10-01", CLOCK))
			.hasMessage("The end date must not be before the start date.");
		assertThatThrownBy(() -> Period.parse("2024-10-02", "2026-10-02", CLOCK))
			.hasMessage("The end date must be less than 2 years after the start date.");
		assertThat(Period.parse("2024-10-02", "2026-10-01", CLOCK).weeks()).hasSize(105);
	}

}
