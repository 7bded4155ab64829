package org.carepath.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JvmOptionsTest {

	@Test
	void productionRunsKafkaWithAllOfTheJitLikeTheApplications() {
		assertThat(JvmOptions.kafka(true)).doesNotContain("-XX:TieredStopAtLevel=1");
		assertThat(JvmOptions.applications(true, true)).doesNotContain("-XX:TieredStopAtLevel=1");
	}

	@Test
	void aDevelopersStackRunsKafkaAndTheApplicationsWithC1Only() {
		assertThat(JvmOptions.kafka(false)).contains("-XX:TieredStopAtLevel=1");
		assertThat(JvmOptions.applications(false, true)).contains("-XX:TieredStopAtLevel=1");
	}

	@Test
	void theApplicationsRunTheirBuildTimeSpringContextOnlyWhereTheBuildsConditionsHold() {
		assertThat(JvmOptions.applications(true, true)).contains("-Dspring.aot.enabled=true");
		assertThat(JvmOptions.applications(true, false)).doesNotContain("-Dspring.aot.enabled=true");
	}

	@Test
	void kafkaCommitsItsHeapAsItNeedsItNotAllAtStart() {
		assertThat(JvmOptions.kafka(true)).contains("-Xms32m", "-XX:+UseSerialGC");
	}

	@Test
	void keycloakRunsTheSerialCollectorInsteadOfKcShsG1() {
		assertThat(JvmOptions.keycloak()).contains("-XX:-UseG1GC -XX:+UseSerialGC");
	}

}
