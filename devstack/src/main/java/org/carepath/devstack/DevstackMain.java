package org.carepath.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./carepath up [--reset] [--fast] [--replicas N] [--brokers 1|3]}: starts the
 * stack from the current directory (the project root), prints where everything is, and
 * stops it all on Ctrl-C. Errors are one line on stderr and exit status 1; details go to
 * {@code .carepath/logs/devstack.log}.
 */
public final class DevstackMain {

	private static final String USAGE = UpOptions.USAGE;

	private final PrintStream out;

	private final PrintStream err;

	private volatile boolean stopping;

	private DevstackMain(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		int status = new DevstackMain(System.out, System.err).run(List.of(args), Path.of("").toAbsolutePath(),
				System.getenv());
		System.exit(status);
	}

	private int run(List<String> args, Path root, Map<String, String> env) {
		try {
			if (args.isEmpty() || !args.getFirst().equals("up")) {
				return fail(args.isEmpty() ? USAGE : "unknown command '" + args.getFirst() + "' — " + USAGE);
			}
			StackConfig config;
			try {
				UpOptions options = UpOptions.parse(args.subList(1, args.size()));
				StackPorts ports = StackPorts.fromEnvironment(env);
				config = options.config(new StackConfig(root, root.resolve(".carepath"), ports, options.reset()));
			}
			catch (IllegalArgumentException badOptionOrPort) {
				return fail(badOptionOrPort.getMessage());
			}
			sendLoggingTo(config.dataDir().resolve("logs"));
			return up(config);
		}
		catch (Throwable unexpected) {
			if (stopping) {
				return 130;
			}
			return fail("unexpected error: " + unexpected + " — details in .carepath/logs/devstack.log");
		}
	}

	private int up(StackConfig config) throws InterruptedException {
		out.println("Starting CarePath (data in .carepath/, Ctrl-C stops everything)…");
		// the AOT caches live in .carepath/aot/ (tests' stacks start without them)
		Stack stack = Stack.prepare(config).useAotCaches();
		Thread hook = new Thread(() -> {
			stopping = true;
			long begin = System.nanoTime();
			out.println();
			out.println("Stopping CarePath…");
			stack.close();
			out.printf(Locale.ROOT, "Stopped (%.1f s).%n", (System.nanoTime() - begin) / 1e9);
		}, "carepath-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			stack.boot(new Progress() {
				@Override
				public void step(String message) {
					out.println(message);
				}

				@Override
				public void note(String message) {
					out.println("      " + message);
				}

				@Override
				public void event(String message) {
					out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + message);
				}
			});
		}
		catch (StackException e) {
			if (stopping) {
				// Ctrl-C during the start: the shutdown hook stops everything and reports
				// it; the JVM ends
				// when it is done (System.exit blocks until then).
				return 130;
			}
			Runtime.getRuntime().removeShutdownHook(hook);
			return fail(e.getMessage());
		}
		out.print(Summary.of(config.ports(), stack.instances(), ".carepath/logs/", ".carepath/tls/",
				".carepath/run/instances.json"));
		out.flush();
		new CountDownLatch(1).await(); // until Ctrl-C; the shutdown hook stops the stack
		return 0;
	}

	private int fail(String message) {
		err.println("carepath: " + message);
		return 1;
	}

	/**
	 * Before the first logger exists: devstack's own log4j2 setup, writing to
	 * logs/devstack.log.
	 */
	private static void sendLoggingTo(Path logDir) throws IOException {
		Files.createDirectories(logDir);
		System.setProperty("carepath.devstack.log", logDir.resolve("devstack.log").toString());
		System.setProperty("log4j2.configurationFile", "org/carepath/devstack/devstack-log4j2.xml");
	}

}
