package org.carepath.devstack;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

	private final Instant t0 = Instant.parse("2026-12-07T01:00:00Z");

	@Test
	void doublesFromOneSecondUpToThirty() {
		Backoff backoff = new Backoff();

		assertThat(backoff.next(this.t0)).hasSeconds(1);
		assertThat(backoff.next(this.t0.plusSeconds(2))).hasSeconds(2);
		assertThat(backoff.next(this.t0.plusSeconds(5))).hasSeconds(4);
		assertThat(backoff.next(this.t0.plusSeconds(10))).hasSeconds(8);
		assertThat(backoff.next(this.t0.plusSeconds(20))).hasSeconds(16);
		assertThat(backoff.next(this.t0.plusSeconds(40))).hasSeconds(30);
		assertThat(backoff.next(this.t0.plusSeconds(80))).hasSeconds(30);
	}

	@Test
	void aPartThatDiesSoonAfterBeingReadyKeepsBackingOff() {
		Backoff backoff = new Backoff();
		backoff.next(this.t0);
		backoff.ready(this.t0.plusSeconds(10));

		assertThat(backoff.next(this.t0.plusSeconds(20))).hasSeconds(2);
	}

	@Test
	void aPartThatWasReadyForAMinuteStartsAgainFromOneSecond() {
		Backoff backoff = new Backoff();
		backoff.next(this.t0);
		backoff.next(this.t0.plusSeconds(2));
		backoff.ready(this.t0.plusSeconds(10));

		assertThat(backoff.next(this.t0.plusSeconds(70))).hasSeconds(1);
	}

	@Test
	void theLimitsCanBeChosen() {
		Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1));

		assertThat(backoff.next(this.t0)).hasMillis(100);
		assertThat(backoff.next(this.t0)).hasMillis(200);
		assertThat(backoff.next(this.t0)).hasMillis(250);
	}

}
