package org.carepath.intake.screening;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What a person is promised about when someone looks at their answers follows the
 * clinic's weekly hours in its own time zone (docs/clinical-rules.md).
 */
class OpeningHoursTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private final OpeningHours weekdays = new OpeningHours(NEW_YORK,
			Map.of(DayOfWeek.MONDAY, "09:00-17:00", DayOfWeek.TUESDAY, "09:00-17:00", DayOfWeek.WEDNESDAY,
					"09:00-17:00", DayOfWeek.THURSDAY, "09:00-17:00", DayOfWeek.FRIDAY, "09:00-17:00"));

	@Test
	void duringOpeningHoursSomeoneLooksTodayBeforeClosing() {
		OpeningHours.Review review = this.weekdays.review(at("2025-06-11T10:30")); // Wednesday

		assertThat(review.clinicOpen()).isTrue();
		assertThat(review.nextOpening()).isNull();
		assertThat(review.text())
			.isEqualTo("The clinic is open now: someone will look at your answers today, before 5:00 PM Eastern Time.");
	}

	@Test
	void onAFridayEveningSomeoneLooksOnMondayAnd988And911AreThereNow() {
		OpeningHours.Review review = this.weekdays.review(at("2025-06-13T19:00")); // Friday

		assertThat(review.clinicOpen()).isFalse();
		assertThat(review.nextOpening()).isEqualTo("2025-06-16T09:00-04:00");
		assertThat(review.text()).isEqualTo("The clinic is closed now. Someone will look at your answers on Monday"
				+ " from 9:00 AM Eastern Time. If you need help before then, call or text 988 at any time, or call 911"
				+ " in an emergency.");
	}

	@Test
	void earlyInTheMorningItIsTodayAndAfterClosingTomorrow() {
		assertThat(this.weekdays.review(at("2025-06-11T07:00")).text())
			.contains("Someone will look at your answers today from 9:00 AM");
		assertThat(this.weekdays.review(at("2025-06-11T17:00")).text())
			.contains("Someone will look at your answers tomorrow from 9:00 AM");
	}

	@Test
	void theClinicsOwnTimeZoneDecidesNotUtc() {
		// 14:30 UTC on a Monday is 10:30 in New York (open), 22:30 in Singapore (closed).
		Instant instant = Instant.parse("2025-06-16T14:30:00Z");
		assertThat(this.weekdays.review(instant).clinicOpen()).isTrue();
		assertThat(
				new OpeningHours(ZoneId.of("Asia/Singapore"), Map.of(DayOfWeek.MONDAY, "09:00-17:00")).review(instant)
					.clinicOpen())
			.isFalse();
	}

	@Test
	void hoursThatDoNotReadLikeNineToFiveStopTheServiceAtStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OpeningHours(NEW_YORK, Map.of(DayOfWeek.MONDAY, "9 to 5")))
			.withMessageContaining("carepath.clinic.opening-hours.monday");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OpeningHours(NEW_YORK, Map.of(DayOfWeek.MONDAY, "17:00-09:00")));
		assertThatIllegalArgumentException().isThrownBy(() -> new OpeningHours(NEW_YORK, Map.of()));
	}

	private static Instant at(String localDateTime) {
		return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), NEW_YORK).toInstant();
	}

}
