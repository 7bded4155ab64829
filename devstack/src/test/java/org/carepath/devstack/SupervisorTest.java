package org.carepath.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.carepath.devstack.Supervised.Running;
import org.carepath.devstack.Supervised.Tier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** With real child processes ({@code sleep}, {@code sh}) killed by SIGKILL. */
class SupervisorTest {

	private static final Duration LONG_ENOUGH = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	private final List<String> events = new CopyOnWriteArrayList<>();

	private final AtomicInteger changes = new AtomicInteger();

	private final AtomicInteger starts = new AtomicInteger();

	private final List<Running> launched = new CopyOnWriteArrayList<>();

	private final Supervisor supervisor = new Supervisor(this.events::add, this.changes::incrementAndGet);

	@AfterEach
	void stopEverything() {
		this.supervisor.close();
		this.launched.forEach(process -> ProcessTrees.kill(process.tree()));
	}

	@Test
	void aKilledProcessIsStartedAgainAndItsNewPidListed() throws Exception {
		Supervised sleeper = member("sleep", "600");
		Running first = sleeper.launcher.start(false);
		this.supervisor.watch(sleeper, first);
		assertThat(this.supervisor.instances()).containsExactly(new Instance("sleeper", 1, "n/a", first.pid()));

		ProcessTrees.kill(first.tree());

		await(() -> this.events.stream().anyMatch(event -> event.startsWith("sleeper #1 ready again after")));
		assertThat(this.events.getFirst()).isEqualTo("sleeper #1 died (exit 137); restarting in 1 s…");
		long newPid = this.supervisor.instances().getFirst().pid();
		assertThat(newPid).isNotEqualTo(first.pid());
		assertThat(ProcessHandle.of(newPid)).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());
		assertThat(this.starts).hasValue(2);
		assertThat(this.changes.get()).as("instances.json rewritten for the start and the restart")
			.isGreaterThanOrEqualTo(2);
		assertThat(this.supervisor.isReady(sleeper)).isTrue();
	}

	@Test
	void nothingIsRestartedOnceClosed() throws Exception {
		Supervised sleeper = member("sleep", "600");
		Running first = sleeper.launcher.start(false);
		this.supervisor.watch(sleeper, first);

		this.supervisor.close();
		ProcessTrees.kill(first.tree());
		// longer than the first backoff and a few polls
		Thread.sleep(3000);

		assertThat(this.starts).hasValue(1);
		assertThat(this.events).isEmpty();
	}

	@Test
	void aPartWhoseSupervisionIsOffStaysDownUntilItIsOnAgain() throws Exception {
		Supervised sleeper = member("sleep", "600");
		Running first = sleeper.launcher.start(false);
		this.supervisor.watch(sleeper, first);

		this.supervisor.supervise("sleeper", false);
		ProcessTrees.kill(first.tree());
		Thread.sleep(3000);
		assertThat(this.starts).hasValue(1);
		assertThat(this.supervisor.isReady(sleeper)).isFalse();

		this.supervisor.supervise("sleeper", true);
		await(() -> this.supervisor.isReady(sleeper));
		assertThat(this.starts).hasValue(2);
	}

	@Test
	void aPartStartedAgainByATestIsSupervisedAgain() throws Exception {
		Supervised sleeper = member("sleep", "600");
		Running first = sleeper.launcher.start(false);
		this.supervisor.watch(sleeper, first);
		this.supervisor.supervise("sleeper", false);
		this.supervisor.kill(sleeper);
		assertThat(first.isRunning()).isFalse();

		// what Stack.startAgain does
		Running second = sleeper.launcher.start(true);
		this.supervisor.watch(sleeper, second);
		this.supervisor.supervise("sleeper", true);
		this.supervisor.kill(sleeper);

		assertThat(second.isRunning()).isFalse();
		await(() -> this.supervisor.isReady(sleeper));
		assertThat(this.supervisor.instances().getFirst().pid()).isNotIn(first.pid(), second.pid());
		assertThat(this.events).contains("sleeper #1 died (exit 137); restarting in 1 s…");
	}

	@Test
	void aPartThatKeepsFailingToStartIsRetriedWithGrowingDelays() throws Exception {
		AtomicInteger attempt = new AtomicInteger();
		Supervised flaky = new Supervised("flaky", 1, "n/a", Tier.BACKEND, again -> {
			this.starts.incrementAndGet();
			// the first process runs; every restart exits at once
			List<String> command = attempt.getAndIncrement() == 0 ? List.of("sleep", "600")
					: List.of("sh", "-c", "exit 3");
			return launch(command, again);
		}, () -> attempt.get() == 1, Duration.ofSeconds(10), running -> {
		});
		Running first = flaky.launcher.start(false);
		this.supervisor.watch(flaky, first);

		ProcessTrees.kill(first.tree());

		await(() -> this.events.size() >= 3);
		assertThat(this.events.subList(0, 3)).containsExactly("flaky #1 died (exit 137); restarting in 1 s…",
				"flaky #1 stopped while starting (exit 3); restarting in 2 s…",
				"flaky #1 stopped while starting (exit 3); restarting in 4 s…");
	}

	private Supervised member(String... command) {
		return new Supervised("sleeper", 1, "n/a", Tier.FRONT, again -> {
			this.starts.incrementAndGet();
			return launch(List.of(command), again);
		}, () -> true, Duration.ofSeconds(10), running -> {
		});
	}

	private Running launch(List<String> command, boolean again) throws IOException {
		ChildProcess process = ChildProcess.start("test", command, Map.of(), this.dir, this.dir.resolve("test.log"),
				again, String.join(" ", command));
		this.launched.add(process);
		return process;
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(LONG_ENOUGH);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waiting for the supervisor").isBefore(deadline);
			Thread.sleep(50);
		}
	}

}
