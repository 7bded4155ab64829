package org.carepath.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunDirectoryTest {

	@TempDir
	Path dataDir;

	private final List<ChildProcess> started = new ArrayList<>();

	@AfterEach
	void stopWhatTheTestStarted() {
		started.forEach(process -> ProcessTrees.kill(process.tree()));
	}

	@Test
	void onlyOneStackRunsFromADataDirectory() throws Exception {
		try (RunDirectory first = RunDirectory.lock(dataDir)) {
			assertThatThrownBy(() -> RunDirectory.lock(dataDir)).isInstanceOf(StackException.class)
				.hasMessageStartingWith("Another CarePath stack is already running from " + dataDir);
		}
		RunDirectory.lock(dataDir).close();
	}

	@Test
	void leftoversOfAHardKilledRunAreStoppedWithTheirChildren() throws Exception {
		// sh with a child, like kc.sh running java; the marker is part of its command
		// line
		String marker = dataDir.resolve("keycloak").toString();
		ChildProcess leftover = sleeper(marker);
		try (RunDirectory run = RunDirectory.lock(dataDir)) {
			awaitChild(leftover);
			run.record("keycloak", leftover.tree(), marker);
		}
		List<ProcessHandle> tree = leftover.tree();
		assertThat(tree).hasSizeGreaterThanOrEqualTo(2);

		try (RunDirectory next = RunDirectory.lock(dataDir)) {
			assertThat(next.stopLeftovers(dataDir.resolve("postgres"))).isEqualTo(tree.size());
		}

		assertThat(tree).noneMatch(ProcessTrees::isRunning);
	}

	@Test
	void aPidThatNowBelongsToSomethingElseIsLeftAlone() throws Exception {
		ChildProcess unrelated = sleeper(dataDir.resolve("something-else").toString());
		try (RunDirectory run = RunDirectory.lock(dataDir)) {
			run.record("kafka", List.of(unrelated.handle()), dataDir.resolve("kafka/server.properties").toString());
		}

		try (RunDirectory next = RunDirectory.lock(dataDir)) {
			assertThat(next.stopLeftovers(dataDir.resolve("postgres"))).isZero();
		}

		assertThat(unrelated.isAlive()).isTrue();
	}

	/**
	 * {@code sh -c 'sleep 60; true' <marker>}: the trailing command keeps sh from
	 * exec-ing sleep.
	 */
	private ChildProcess sleeper(String marker) throws IOException {
		ChildProcess process = ChildProcess.start("sleeper", List.of("sh", "-c", "sleep 60; true", marker), Map.of(),
				dataDir, dataDir.resolve("sleeper.log"), false, marker);
		started.add(process);
		return process;
	}

	private static void awaitChild(ChildProcess process) throws InterruptedException {
		for (int i = 0; i < 100 && process.handle().children().findAny().isEmpty(); i++) {
			Thread.sleep(20);
		}
	}

}
