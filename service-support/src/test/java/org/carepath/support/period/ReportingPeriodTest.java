package org.carepath.support.period;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReportingPeriodTest {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	// Monday 2026-12-07, 03:00 in New York
	private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), NEW_YORK);

	@Test
	void withoutDatesItIsTheTwelveCompleteWeeksBeforeThisOne() {
		ReportingPeriod period = ReportingPeriod.of(null, null, this.clock);

		assertThat(period.from()).isEqualTo("2026-09-14");
		assertThat(period.to()).isEqualTo("2026-12-06");
		assertThat(period.weeks()).hasSize(12).startsWith(LocalDate.parse("2026-09-14"));
		assertThat(period.zone()).isEqualTo(NEW_YORK);
	}

	@Test
	void onlyFromRunsToTodayAndOnlyToTakesTheTwelveWeeksEndingThere() {
		assertThat(ReportingPeriod.of("2026-11-01", null, this.clock).to()).isEqualTo("2026-12-07");
		assertThat(ReportingPeriod.of("", "2026-11-29", this.clock).from()).isEqualTo("2026-09-07");
	}

	@Test
	void daysBeginAtMidnightClinicTimeAcrossTheDaylightSavingChange() {
		// 2026-11-01: New York goes from UTC-4 to UTC-5
		ReportingPeriod period = ReportingPeriod.of("2026-10-31", "2026-11-01", this.clock);

		assertThat(period.start()).isEqualTo("2026-10-31T04:00:00Z");
		assertThat(period.end()).isEqualTo("2026-11-02T05:00:00Z");
		assertThat(period.weeks()).containsExactly(LocalDate.parse("2026-10-26"));
	}

	@Test
	void weeksAreNamedByTheirMondayAndPartialWeeksAtTheEndsCount() {
		ReportingPeriod period = ReportingPeriod.of("2026-11-04", "2026-11-16", this.clock);

		assertThat(period.weeks()).containsExactly(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"),
				LocalDate.parse("2026-11-16"));
		assertThat(ReportingPeriod.weekOf(LocalDate.parse("2026-11-08"))).isEqualTo("2026-11-02");
	}

	@Test
	void aDateThatDoesNotParseIsA400NamingTheParameter() {
		assertThatExceptionOfType(ErrorResponseException.class)
			.isThrownBy(() -> ReportingPeriod.of("2026-13-01", "yesterday", this.clock))
			.satisfies(ex -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(400);
				assertThat(ex.getBody().getType()).hasToString("urn:carepath:problem:validation");
				assertThat(ex.getBody().getProperties().get("errors")).asString()
					.contains("field=from")
					.contains("field=to");
			});
	}

	@Test
	void aReversedPeriodIsA400() {
		assertThatExceptionOfType(ErrorResponseException.class)
			.isThrownBy(() -> ReportingPeriod.of("2026-12-01", "2026-11-30", this.clock))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(400));
	}

	@Test
	void twoYearsOrMoreIsA400AndJustUnderIsAllowed() {
		assertThat(ReportingPeriod.of("2024-12-08", "2026-12-07", this.clock).from()).isEqualTo("2024-12-08");
		assertThatExceptionOfType(ErrorResponseException.class)
			.isThrownBy(() -> ReportingPeriod.of("2024-12-07", "2026-12-07", this.clock))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(400));
	}

}
