package org.carepath.devstack;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

	static final Instant NOW = Instant.parse("2026-12-07T16:00:00Z");

	@Test
	void theSameDayGivesTheSameData() {
		assertThat(DemoData.generate(NOW).intakeJson()).isEqualTo(DemoData.generate(NOW).intakeJson());
		assertThat(DemoData.generate(NOW).pageViewsJson()).isEqualTo(DemoData.generate(NOW).pageViewsJson());
	}

	@Test
	void aFewHundredScreeningsOverTwelveWeeksAcrossEveryInstrument() {
		List<DemoData.Screening> screenings = DemoData.generate(NOW).screenings();

		assertThat(screenings).hasSizeBetween(200, 500);
		assertThat(screenings).allMatch(
				s -> s.completedAt().isBefore(NOW) && s.completedAt().isAfter(NOW.minus(Duration.ofDays(7 * 12 + 1))));
		Map<String, Long> byInstrument = screenings.stream()
			.collect(Collectors.groupingBy(DemoData.Screening::instrument, Collectors.counting()));
		assertThat(byInstrument).containsOnlyKeys("audit-c", "dast-10", "phq-9", "gad-7", "crafft-2.1");
		assertThat(byInstrument.values()).allMatch(count -> count >= 15);
		assertThat(screenings.stream().map(DemoData.Screening::reference).distinct()).hasSize(screenings.size());
		assertThat(screenings.stream().map(DemoData.Screening::id).distinct()).hasSize(screenings.size());
	}

	@Test
	void everyWorkflowStepAndReferralOutcomeOccursInOrderAndInThePast() {
		List<DemoData.Screening> screenings = DemoData.generate(NOW).screenings();

		assertThat(screenings.stream().map(s -> s.steps().isEmpty() ? "new" : s.steps().getLast().to()).distinct())
			.contains("new", "in-review", "brief-intervention-done", "referred", "closed");
		for (DemoData.Screening s : screenings) {
			Instant last = s.completedAt();
			for (DemoData.Step step : s.steps()) {
				assertThat(step.at()).isAfterOrEqualTo(last).isBefore(NOW);
				last = step.at();
			}
			assertThat(s.referral() != null)
				.isEqualTo(!s.steps().isEmpty() && s.steps().getLast().to().equals("referred"));
		}
		assertThat(screenings.stream().filter(s -> s.referral() != null).map(s -> s.referral().status()).distinct())
			.contains("accepted", "rejected", "completed");
	}

	@Test
	void referralsGoToTheSeededProgramsAndTheirAnswersFollowTheTaskStates() {
		DemoData data = DemoData.generate(NOW);
		List<DemoData.Referral> referrals = data.screenings()
			.stream()
			.map(DemoData.Screening::referral)
			.filter(java.util.Objects::nonNull)
			.toList();

		assertThat(referrals).hasSizeGreaterThanOrEqualTo(20);
		assertThat(referrals.stream().map(DemoData.Referral::partnerId).distinct()).containsOnly("harbor", "summit");
		for (DemoData.Referral referral : referrals) {
			List<String> path = referral.answers().stream().map(DemoData.Answer::status).toList();
			assertThat(List.of(List.of(), List.of("rejected"), List.of("accepted"), List.of("accepted", "in-progress"),
					List.of("accepted", "in-progress", "completed")))
				.contains(path);
			Instant last = referral.requestedAt();
			for (DemoData.Answer answer : referral.answers()) {
				assertThat(answer.at()).isAfter(last).isBefore(NOW);
				last = answer.at();
			}
		}
		assertThat(data.referralJson()).startsWith("{\"dataset\":\"carepath-demo-v1\",\"referrals\":[{\"id\":");
	}

	@Test
	void crisisAlertsAreAcknowledgedSlowerAtNight() {
		List<DemoData.Screening> crises = DemoData.generate(NOW)
			.screenings()
			.stream()
			.filter(DemoData.Screening::crisis)
			.toList();

		assertThat(crises).hasSizeGreaterThanOrEqualTo(10).allMatch(s -> s.instrument().equals("phq-9"));
		assertThat(crises).allMatch(s -> !s.answers().get("9").equals("LA6568-5"));
		assertThat(crises).filteredOn(s -> s.acknowledgedAt() != null).hasSizeGreaterThan(crises.size() / 2);
		double office = medianMinutes(crises, true);
		double night = medianMinutes(crises, false);
		assertThat(night).isGreaterThan(office * 2);
	}

	@Test
	void pageViewsForEveryDayOfTheTwelveWeeks() {
		List<DemoData.PageViews> days = DemoData.generate(NOW).pageViews();

		assertThat(days).hasSize(84).allMatch(day -> day.views() > 0 && day.checksStarted() < day.views());
		assertThat(days.getFirst().day()).isEqualTo(LocalDate.of(2026, 9, 14));
		assertThat(days.getLast().day()).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThat(DemoData.generate(NOW).pageViewsJson())
			.startsWith("{\"days\":[{\"slug\":\"ketamine-addiction\",\"day\":\"2026-09-14\",\"views\":");
	}

	private static double medianMinutes(List<DemoData.Screening> crises, boolean officeHours) {
		List<Long> minutes = crises.stream().filter(s -> s.acknowledgedAt() != null).filter(s -> {
			var at = s.completedAt().atZone(DemoData.CLINIC);
			boolean office = at.getHour() >= 9 && at.getHour() < 17 && at.getDayOfWeek().getValue() <= 5;
			return office == officeHours;
		}).map(s -> Duration.between(s.completedAt(), s.acknowledgedAt()).toMinutes()).sorted().toList();
		assertThat(minutes).isNotEmpty();
		return minutes.get(minutes.size() / 2);
	}

}
