package org.carepath.gateway.production;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedisProductionGuardTests {

	@Test
	void theDevelopmentRedisOnThisMachineWithoutPasswordOrTlsIsRefusedForEveryReason() {
		assertThat(RedisProductionGuard.problems(null, "127.0.0.1", null, false)).hasSize(3)
			.anySatisfy(problem -> assertThat(problem).contains("CAREPATH_REDIS_HOST"))
			.anySatisfy(problem -> assertThat(problem).contains("CAREPATH_REDIS_PASSWORD"))
			.anySatisfy(problem -> assertThat(problem).contains("TLS"));
		assertThat(RedisProductionGuard.problems(null, "localhost", "secret", true)).singleElement()
			.asString()
			.contains("'localhost'");
	}

	@Test
	void aUrlIsCheckedLikeSeparateSettings() {
		assertThat(RedisProductionGuard.problems("redis://127.0.0.1:6379", "ignored", null, false)).hasSize(3);
		assertThat(
				RedisProductionGuard.problems("rediss://default:secret@redis.clinic.example:6380", null, null, false))
			.isEmpty();
	}

	@Test
	void theClinicsProtectedRedisIsAccepted() {
		assertThat(RedisProductionGuard.problems(null, "redis.clinic.example", "secret", true)).isEmpty();
	}

}
