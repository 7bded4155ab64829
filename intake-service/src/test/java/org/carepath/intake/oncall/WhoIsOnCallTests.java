package org.carepath.intake.oncall;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is on call at an instant (docs/clinic-operations.md#on-call-roster-and-escalation):
 * boundaries, slots across midnight and the week's end, exceptions, and the days the
 * clocks change in the clinic's zone (America/New_York: 2026-03-08 02:00 jumps to 03:00,
 * 2026-11-01 02:00 falls back to 01:00).
 */
class WhoIsOnCallTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final String ESCALATION = "escalation@carepath.test";

	@Test
	void aSlotIncludesItsStartAndExcludesItsEnd() {
		// Monday 2026-12-07, EST (UTC-5)
		Roster roster = roster(slot(MONDAY, "09:00", MONDAY, "17:00", "day@carepath.test"));

		assertThat(primaryAt(roster, "2026-12-07T13:59:59Z")).isNull();
		assertThat(primaryAt(roster, "2026-12-07T14:00:00Z")).isEqualTo("day@carepath.test");
		assertThat(primaryAt(roster, "2026-12-07T21:59:59Z")).isEqualTo("day@carepath.test");
		assertThat(primaryAt(roster, "2026-12-07T22:00:00Z")).isNull();
	}

	@Test
	void anOvernightSlotCoversTheNightUntilItsEndTheNextMorning() {
		Roster roster = roster(slot(MONDAY, "17:00", TUESDAY, "09:00", "night@carepath.test"));

		assertThat(primaryAt(roster, "2026-12-08T04:00:00Z")).isEqualTo("night@carepath.test"); // Mon
																								// 23:00
		assertThat(primaryAt(roster, "2026-12-08T05:00:00Z")).isEqualTo("night@carepath.test"); // Tue
																								// 00:00
		assertThat(primaryAt(roster, "2026-12-08T13:59:00Z")).isEqualTo("night@carepath.test"); // Tue
																								// 08:59
		assertThat(primaryAt(roster, "2026-12-08T14:00:00Z")).isNull(); // Tue 09:00
	}

	@Test
	void aSlotFromSundayNightToMondayMorningCrossesTheWeeksEnd() {
		Roster roster = roster(slot(SUNDAY, "22:00", MONDAY, "06:00", "weekend@carepath.test"));

		assertThat(primaryAt(roster, "2026-12-07T02:59:00Z")).isNull(); // Sun 21:59
		assertThat(primaryAt(roster, "2026-12-07T03:00:00Z")).isEqualTo("weekend@carepath.test"); // Sun
																									// 22:00
		assertThat(primaryAt(roster, "2026-12-07T05:00:00Z")).isEqualTo("weekend@carepath.test"); // Mon
																									// 00:00
		assertThat(primaryAt(roster, "2026-12-07T10:59:00Z")).isEqualTo("weekend@carepath.test"); // Mon
																									// 05:59
		assertThat(primaryAt(roster, "2026-12-07T11:00:00Z")).isNull(); // Mon 06:00
	}

	@Test
	void theSameStartAndEndIsTheWholeWeek() {
		Roster roster = roster(slot(MONDAY, "00:00", MONDAY, "00:00", "oncall@carepath.test"));

		for (String instant : List.of("2026-12-07T05:00:00Z", "2026-12-10T12:34:00Z", "2026-12-14T04:59:59Z",
				"2026-03-08T07:00:00Z", "2026-11-01T06:30:00Z")) {
			assertThat(roster.at(Instant.parse(instant)))
				.isEqualTo(new OnCall("oncall@carepath.test", "escalation-of-oncall@carepath.test", "slot"));
		}
	}

	@Test
	void outsideEverySlotOnlyTheClinicWideEscalationContactIsLeft() {
		Roster roster = roster(slot(MONDAY, "09:00", MONDAY, "17:00", "day@carepath.test"));

		OnCall nobody = roster.at(Instant.parse("2026-12-09T15:00:00Z"));

		assertThat(nobody).isEqualTo(new OnCall(null, ESCALATION, "none"));
		assertThat(nobody.firstContact()).isEqualTo(ESCALATION);
	}

	@Test
	void anExceptionOverridesTheSlotsFromItsStartUpToItsEnd() {
		ExceptionPeriod holidays = new ExceptionPeriod(UUID.randomUUID(), LocalDateTime.parse("2026-12-24T17:00"),
				LocalDateTime.parse("2026-12-27T09:00"), "holiday@carepath.test", "holiday-backup@carepath.test",
				"Holidays");
		Roster roster = new Roster(NEW_YORK, List.of(slot(MONDAY, "00:00", MONDAY, "00:00", "oncall@carepath.test")),
				List.of(holidays), ESCALATION);

		assertThat(primaryAt(roster, "2026-12-24T21:59:00Z")).isEqualTo("oncall@carepath.test"); // 16:59
		assertThat(roster.at(Instant.parse("2026-12-24T22:00:00Z")))
			.isEqualTo(new OnCall("holiday@carepath.test", "holiday-backup@carepath.test", "exception"));
		assertThat(primaryAt(roster, "2026-12-27T13:59:00Z")).isEqualTo("holiday@carepath.test"); // 08:59
		assertThat(primaryAt(roster, "2026-12-27T14:00:00Z")).isEqualTo("oncall@carepath.test"); // 09:00
	}

	@Test
	void onTheSpringForwardDayASlotStartingAtTheSkipped0230StartsWhenTheClockJumps() {
		Roster roster = roster(slot(SATURDAY, "20:00", SUNDAY, "02:30", "night@carepath.test"),
				slot(SUNDAY, "02:30", SUNDAY, "08:00", "early@carepath.test"));

		// 2026-03-08: 01:59:59 EST is 06:59:59Z; the next second is 03:00 EDT (07:00Z).
		assertThat(primaryAt(roster, "2026-03-08T06:59:59Z")).isEqualTo("night@carepath.test");
		assertThat(primaryAt(roster, "2026-03-08T07:00:00Z")).isEqualTo("early@carepath.test");
		// 07:59 EDT is still the early slot; 08:00 EDT (12:00Z) ends it.
		assertThat(primaryAt(roster, "2026-03-08T11:59:00Z")).isEqualTo("early@carepath.test");
		assertThat(primaryAt(roster, "2026-03-08T12:00:00Z")).isNull();
		// A week later 02:30 exists again (EDT): the slots meet at it.
		assertThat(primaryAt(roster, "2026-03-15T06:29:00Z")).isEqualTo("night@carepath.test");
		assertThat(primaryAt(roster, "2026-03-15T06:30:00Z")).isEqualTo("early@carepath.test");
	}

	@Test
	void onTheSpringForwardDayNoMinuteFallsBetweenAdjacentSlots() {
		Roster roster = roster(slot(SATURDAY, "20:00", SUNDAY, "02:30", "night@carepath.test"),
				slot(SUNDAY, "02:30", SUNDAY, "08:00", "early@carepath.test"));
		Instant from = Instant.parse("2026-03-08T01:00:00Z");
		for (Instant instant = from; instant
			.isBefore(Instant.parse("2026-03-08T12:00:00Z")); instant = instant.plusSeconds(60)) {
			assertThat(roster.at(instant).source()).as("at %s", instant).isEqualTo("slot");
		}
	}

	@Test
	void onTheFallBackDayATimeShownTwiceIsItsFirstShowing() {
		Roster roster = roster(slot(SATURDAY, "20:00", SUNDAY, "01:30", "night@carepath.test"),
				slot(SUNDAY, "01:30", SUNDAY, "09:00", "early@carepath.test"));

		// 2026-11-01: 01:30 EDT (05:30Z) comes first, 01:30 EST (06:30Z) an hour later.
		assertThat(primaryAt(roster, "2026-11-01T05:29:59Z")).isEqualTo("night@carepath.test");
		assertThat(primaryAt(roster, "2026-11-01T05:30:00Z")).isEqualTo("early@carepath.test");
		assertThat(primaryAt(roster, "2026-11-01T06:30:00Z")).isEqualTo("early@carepath.test");
		// 09:00 EST is 14:00Z
		assertThat(primaryAt(roster, "2026-11-01T13:59:00Z")).isEqualTo("early@carepath.test");
		assertThat(primaryAt(roster, "2026-11-01T14:00:00Z")).isNull();
	}

	@Test
	void onTheFallBackDayASlotAcrossTheRepeatedHourLastsAnHourLonger() {
		Roster roster = roster(slot(SUNDAY, "00:00", SUNDAY, "02:00", "late@carepath.test"));

		// 00:00 EDT is 04:00Z; 02:00 EST is 07:00Z: three hours of wall clock
		// 00:00-02:00.
		assertThat(primaryAt(roster, "2026-11-01T03:59:59Z")).isNull();
		assertThat(primaryAt(roster, "2026-11-01T04:00:00Z")).isEqualTo("late@carepath.test");
		assertThat(primaryAt(roster, "2026-11-01T06:59:59Z")).isEqualTo("late@carepath.test");
		assertThat(primaryAt(roster, "2026-11-01T07:00:00Z")).isNull();
	}

	@Test
	void anExceptionStartingAtASkippedTimeStartsWhenTheClockJumps() {
		ExceptionPeriod swap = new ExceptionPeriod(UUID.randomUUID(), LocalDateTime.parse("2026-03-08T02:30"),
				LocalDateTime.parse("2026-03-08T06:00"), "swap@carepath.test", "swap-backup@carepath.test", null);
		Roster roster = new Roster(NEW_YORK, List.of(), List.of(swap), ESCALATION);

		assertThat(primaryAt(roster, "2026-03-08T06:59:59Z")).isNull();
		assertThat(primaryAt(roster, "2026-03-08T07:00:00Z")).isEqualTo("swap@carepath.test");
		assertThat(primaryAt(roster, "2026-03-08T09:59:59Z")).isEqualTo("swap@carepath.test");
		assertThat(primaryAt(roster, "2026-03-08T10:00:00Z")).isNull();
	}

	@Test
	void slotsOverlapWhenTheyShareAMinuteOfTheWeekAcrossItsEnd() {
		WeeklySlot weekend = slot(SUNDAY, "22:00", MONDAY, "06:00", "a@carepath.test");

		assertThat(weekend.overlaps(slot(MONDAY, "05:00", MONDAY, "07:00", "b@carepath.test"))).isTrue();
		assertThat(weekend.overlaps(slot(SUNDAY, "20:00", SUNDAY, "22:01", "b@carepath.test"))).isTrue();
		assertThat(weekend.overlaps(slot(MONDAY, "06:00", MONDAY, "09:00", "b@carepath.test"))).isFalse();
		assertThat(weekend.overlaps(slot(SUNDAY, "20:00", SUNDAY, "22:00", "b@carepath.test"))).isFalse();
		assertThat(weekend.overlaps(slot(MONDAY, "00:00", MONDAY, "00:00", "b@carepath.test"))).isTrue();
	}

	private static String primaryAt(Roster roster, String instant) {
		return roster.at(Instant.parse(instant)).primary();
	}

	private static Roster roster(WeeklySlot... slots) {
		return new Roster(NEW_YORK, List.of(slots), List.of(), ESCALATION);
	}

	private static WeeklySlot slot(DayOfWeek startDay, String start, DayOfWeek endDay, String end, String primary) {
		return new WeeklySlot(UUID.randomUUID(), startDay, LocalTime.parse(start), endDay, LocalTime.parse(end),
				primary, "escalation-of-" + primary);
	}

}
