package org.carepath.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Tries the supervisor and the fault-test hooks on a real stack with intake-service only,
 * twice: kills intake #2, restarts PostgreSQL, crashes the broker with supervision off
 * and starts it again, then stops. Uses the ports of the CAREPATH_*_PORT variables and
 * the data folder given as first argument:
 * {@code java -cp devstack/target/classes:devstack/target/test-classes:devstack/target/lib/*
 * org.carepath.devstack.SupervisionByHand /tmp/some-data-dir} from the project root.
 */
final class SupervisionByHand {

	public static void main(String[] args) throws Exception {
		Path root = Path.of("").toAbsolutePath();
		Path data = Path.of(args[0]).toAbsolutePath();
		System.setProperty("carepath.devstack.log", data.resolve("logs/devstack.log").toString());
		System.setProperty("log4j2.configurationFile", "org/carepath/devstack/devstack-log4j2.xml");
		StackConfig config = new StackConfig(root, data, StackPorts.fromEnvironment(System.getenv()), false)
			.withApps(EnumSet.of(App.INTAKE))
			.withReplicas(2);
		try (Stack stack = Stack.start(config, message -> System.out.println("stack: " + message))) {
			System.out.print(InstanceList.json(stack.instances()));

			long before = pid(stack, "intake-service", 2);
			Instant killed = Instant.now();
			stack.kill("intake-service", 2);
			stack.awaitReady("intake-service", 2, Duration.ofMinutes(3));
			report("intake-service #2 killed: pid " + before + " -> " + pid(stack, "intake-service", 2)
					+ ", ready again", killed);

			Instant restart = Instant.now();
			stack.restartPostgres();
			report("PostgreSQL restarted: pid now " + pid(stack, "postgres", 1), restart);
			stack.awaitReady("intake-service", 1, Duration.ofMinutes(1));

			stack.crashKafka();
			Thread.sleep(5000);
			boolean backAlone = stack.instances()
				.stream()
				.anyMatch(instance -> instance.part().equals("kafka")
						&& ProcessHandle.of(instance.pid()).map(ProcessHandle::isAlive).orElse(false));
			System.out.println("kafka restarted by itself while supervision was off: " + backAlone);
			Instant again = Instant.now();
			stack.startKafkaAgain();
			report("kafka started again by the test: pid " + pid(stack, "kafka", 1), again);
			stack.kill("kafka", 1);
			stack.awaitReady("kafka", 1, Duration.ofMinutes(2));
			System.out.println("kafka supervised again: restarted after kill, pid " + pid(stack, "kafka", 1));
		}
		System.out.println("stopped");
	}

	private static long pid(Stack stack, String part, int instance) {
		return stack.instances()
			.stream()
			.filter(each -> each.part().equals(part) && each.instance() == instance)
			.findFirst()
			.orElseThrow()
			.pid();
	}

	private static void report(String what, Instant since) {
		double seconds = Duration.between(since, Instant.now()).toMillis() / 1000.0;
		System.out.println(String.format(Locale.ROOT, "%s after %.1f s", what, seconds));
	}

}
