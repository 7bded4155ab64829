package org.carepath.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.carepath.devstack.App;
import org.carepath.devstack.Stack;
import org.carepath.devstack.StackConfig;
import org.carepath.devstack.StackException;
import org.carepath.devstack.StackPorts;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the whole system once for all end-to-end tests, with the same code
 * {@code ./carepath up} runs, on ports of its own (so a developer's running stack is left
 * alone) and with a fresh data folder under {@code target/}. JUnit closes it after the
 * last test. When a test fails, the end of every part's log is printed with it: CI keeps
 * the build output, not the stack's log folder.
 */
final class CarePathStack implements BeforeAllCallback, TestWatcher {

	private static final int LOG_LINES = 25;

	/**
	 * Inside the end-to-end ranges, away from the dev stack's: Redis on 18179, the mail
	 * server's SMTP on 13025 and IMAP on 13143, extra application instances (replicas)
	 * from 18110 (instance 2) to 18144 (instance 5).
	 */
	static final StackPorts PORTS = new StackPorts(18080, 18081, 18082, 18083, 18084, 18180, 19092, 25432, 18090, 19094,
			18179, 13025, 13143, 18100);

	/**
	 * Crisis notifications on a test's time scale (contract of issue 13): escalation
	 * after 30 s and again 45 s later (time to acknowledge between the two), failed sends
	 * retried after 2 s, at most 5 s apart, due notifications looked for every second.
	 */
	static final String[] NOTIFICATION_SETTINGS = { "--carepath.notifications.escalate-after=30s",
			"--carepath.notifications.escalate-again-after=45s", "--carepath.notifications.retry.first-delay=2s",
			"--carepath.notifications.retry.max-delay=5s", "--carepath.notifications.poll-interval=1s" };

	/**
	 * The realm's access tokens live 90 s here instead of 300 s, so that the Keycloak
	 * outage of {@link KafkaOutageIT} that outlives every token lasts 110 s, not 320.
	 * Spring's OAuth2 clients renew a token 60 s before it ends, Kafka's logins after
	 * about 80 % of its life: both still use each token for a while.
	 */
	static final Duration TOKEN_LIFESPAN = Duration.ofSeconds(90);

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CarePathStack.class);

	private static volatile Stack stack;

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(NAMESPACE).computeIfAbsent(Stack.class, key -> start(), Stack.class);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (stack == null) {
			return;
		}
		printLogTails("e2e stack", logDir());
	}

	/** The end of every part's log: CI keeps the build output, not the log folder. */
	static void printLogTails(String prefix, Path logDir) {
		try (Stream<Path> logs = Files.list(logDir)) {
			logs.filter(log -> log.toString().endsWith(".log")).sorted().forEach(log -> printTail(prefix, log));
		}
		catch (IOException ex) {
			System.out.println(prefix + ": could not list the logs: " + ex.getMessage());
		}
	}

	private static void printTail(String prefix, Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			System.out.println(prefix + ": ---- last lines of " + log.getFileName() + " ----");
			lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size())
				.forEach(line -> System.out.println(line.length() > 400 ? line.substring(0, 400) + " …" : line));
		}
		catch (IOException | UncheckedIOException ex) {
			System.out.println(prefix + ": could not read " + log + ": " + ex.getMessage());
		}
	}

	static Stack stack() {
		return stack;
	}

	static String gateway() {
		return PORTS.gatewayUrl();
	}

	static Path logDir() {
		return stack.logDir();
	}

	private static Stack start() {
		Path root = Path.of(System.getProperty("carepath.root", ".."));
		Path data = Path.of(System.getProperty("carepath.e2e.data", "target/stack"));
		try {
			// --fast: no fsync; test data need not survive a machine crash
			stack = Stack.start(new StackConfig(root, data, PORTS, true).withFast(true)
				.withSettings(App.INTAKE, NOTIFICATION_SETTINGS)
				.withTokenLifespan(TOKEN_LIFESPAN), message -> System.out.println("e2e stack: " + message));
			return stack;
		}
		catch (StackException ex) {
			throw new IllegalStateException("The CarePath stack did not start: " + ex.getMessage(), ex);
		}
	}

}
