package org.carepath.portal.dashboard;

import java.time.LocalDate;

import org.carepath.portal.dashboard.Period.InvalidPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTests {

	/** A Wednesday. */
	private static final LocalDate TODAY = LocalDate.parse("2026-12-09");

	@Test
	void withoutDatesThePeriodIsTheTwelveCompleteWeeksBeforeTheCurrentOne() {
		Period period = Period.parse(null, " ", TODAY);

		assertThat(period).isEqualTo(new Period(LocalDate.parse("2026-09-14"), LocalDate.parse("2026-12-06")));
		assertThat(period.weeks()).hasSize(12)
			.startsWith(LocalDate.parse("2026-09-14"))
			.endsWith(LocalDate.parse("2026-11-30"));
		assertThat(period.query()).isEqualTo("from=2026-09-14&to=2026-12-06");
	}

	@Test
	void aStartAloneRunsToTodayAndAnEndAloneIsTheTwelveWeeksEndingOnIt() {
		assertThat(Period.parse("2026-11-02", null, TODAY)).isEqualTo(new Period(LocalDate.parse("2026-11-02"), TODAY));
		assertThat(Period.parse(null, "2026-10-04", TODAY))
			.isEqualTo(new Period(LocalDate.parse("2026-07-13"), LocalDate.parse("2026-10-04")));
	}

	@Test
	void weeksAreNamedByTheirMondayAndAPeriodStartingMidweekTouchesThatWeek() {
		Period period = Period.parse("2026-09-16", "2026-09-28", TODAY);

		assertThat(period.weeks()).containsExactly(LocalDate.parse("2026-09-14"), LocalDate.parse("2026-09-21"),
				LocalDate.parse("2026-09-28"));
	}

	@Test
	void aDateThatIsNotOneAReversedPeriodOrOneLongerThanTwoYearsIsRefusedInWords() {
		assertThatThrownBy(() -> Period.parse("2026-13-01", null, TODAY)).isInstanceOf(InvalidPeriod.class)
			.hasMessage("The start date is not a date like 2026-09-14.");
		assertThatThrownBy(() -> Period.parse(null, "yesterday", TODAY))
			.hasMessage("The end date is not a date like 2026-09-14.");
		assertThatThrownBy(() -> Period.parse("2026-10-02", "2026-10-01", TODAY))
			.hasMessage("The start date must not be after the end date.");
		assertThatThrownBy(() -> Period.parse("2024-10-02", "2026-10-02", TODAY))
			.hasMessage("Choose a period shorter than 2 years.");
		assertThat(Period.parse("2024-10-02", "2026-10-01", TODAY).weeks()).hasSize(105);
	}

}
