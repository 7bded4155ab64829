package org.carepath.devstack;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpOptionsTest {

	@Test
	void noOptionsIsOneOfEachWithDurableData() {
		assertThat(UpOptions.parse(List.of())).isEqualTo(new UpOptions(false, false, 1, 1, false));
	}

	@Test
	void everyOptionInBothSpellings() {
		assertThat(UpOptions.parse(List.of("--replicas", "2", "--brokers=3", "--fast", "--reset")))
			.isEqualTo(new UpOptions(true, true, 2, 3, false));
		assertThat(UpOptions.parse(List.of("--replicas=5", "--brokers", "1")))
			.isEqualTo(new UpOptions(false, false, 5, 1, false));
	}

	@Test
	void theOptionsEndUpInTheStacksConfiguration() {
		StackConfig base = new StackConfig(Path.of("/p"), Path.of("/p/.carepath"), StackPorts.defaults(), false);

		StackConfig config = UpOptions.parse(List.of("--replicas", "3", "--brokers", "3", "--fast")).config(base);

		assertThat(config.replicas()).isEqualTo(3);
		assertThat(config.brokers()).isEqualTo(3);
		assertThat(config.fast()).isTrue();
		assertThat(config.instancesOf(App.INTAKE)).isEqualTo(3);
		assertThat(config.instancesOf(App.PARTNER)).isEqualTo(1);
		assertThat(base.fast()).as("durable by default").isFalse();
	}

	@Test
	void demoDataTurnsTheImportOnForTheServicesThatTakeOne() {
		StackConfig base = new StackConfig(Path.of("/p"), Path.of("/p/.carepath"), StackPorts.defaults(), false);

		StackConfig config = UpOptions.parse(List.of("--demo-data")).config(base);

		assertThat(config.demoData()).isTrue();
		assertThat(config.settingsOf(App.INTAKE)).contains("--carepath.demo-data.enabled=true");
		assertThat(config.settingsOf(App.REFERRAL)).contains("--carepath.demo-data.enabled=true");
		assertThat(config.settingsOf(App.CONTENT)).contains("--carepath.demo-data.enabled=true");
		assertThat(config.settingsOf(App.GATEWAY)).isEmpty();
		assertThat(UpOptions.parse(List.of()).config(base).settingsOf(App.INTAKE))
			.noneMatch(setting -> setting.contains("demo-data"));
		assertThatThrownBy(() -> UpOptions.parse(List.of("--demo-data", "--demo-data")))
			.hasMessageStartingWith("--demo-data given twice");
	}

	@Test
	void theDevStackEscalatesUnacknowledgedAlertsAfterTwoMinutes() {
		StackConfig base = new StackConfig(Path.of("/p"), Path.of("/p/.carepath"), StackPorts.defaults(), false);

		assertThat(UpOptions.parse(List.of()).config(base).settingsOf(App.INTAKE))
			.containsExactly("--carepath.notifications.escalate-after=2m");
	}

	@Test
	void badValuesAreRejectedWithTheUsage() {
		assertThatThrownBy(() -> UpOptions.parse(List.of("--replicas", "0")))
			.hasMessage("--replicas must be a number from 1 to 5, not '0' — " + UpOptions.USAGE);
		assertThatThrownBy(() -> UpOptions.parse(List.of("--replicas=6")))
			.hasMessageStartingWith("--replicas must be a number from 1 to 5, not '6'");
		assertThatThrownBy(() -> UpOptions.parse(List.of("--replicas", "two")))
			.hasMessageStartingWith("--replicas must be a number from 1 to 5, not 'two'");
		assertThatThrownBy(() -> UpOptions.parse(List.of("--brokers", "2")))
			.hasMessageStartingWith("--brokers must be 1 or 3, not 2");
		assertThatThrownBy(() -> UpOptions.parse(List.of("--replicas")))
			.hasMessageStartingWith("--replicas needs a number");
		assertThatThrownBy(() -> UpOptions.parse(List.of("--fast", "--fast")))
			.hasMessageStartingWith("--fast given twice");
		assertThatThrownBy(() -> UpOptions.parse(List.of("--replicas", "2", "--replicas", "3")))
			.hasMessageStartingWith("--replicas given twice");
		assertThatThrownBy(() -> UpOptions.parse(List.of("--turbo")))
			.hasMessage("unknown option '--turbo' — " + UpOptions.USAGE);
	}

}
