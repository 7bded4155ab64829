package org.carepath.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.carepath.devstack.App;
import org.carepath.devstack.Instance;
import org.carepath.devstack.Stack;
import org.carepath.devstack.StackConfig;
import org.carepath.devstack.StackException;
import org.carepath.devstack.StackPorts;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The stack of the fault suite ({@link ResilienceIT}), started by the devstack code as
 * {@code ./carepath up --replicas 2 --brokers 3} would, but only with the parts the cases
 * need — two gateways, two intake and two referral instances, the example partner, three
 * Kafka brokers, Redis, PostgreSQL and Keycloak — so two cores are not swamped. Its own
 * ports (28xxx, 29xxx, 35432) and data folder, so neither a developer's stack nor the
 * end-to-end one is touched. The load comes from 127.0.0.1, whose anonymous budget is
 * raised at the gateway (its documented setting) and at intake; any other loopback
 * address keeps the normal budget.
 */
final class ReplicatedStack implements BeforeAllCallback, TestWatcher {

	/** Mail: SMTP 29025, IMAP 29143 (outside 29092–29123, the brokers'). */
	static final StackPorts PORTS = new StackPorts(28080, 28081, 28082, 28083, 28084, 28180, 29092, 35432, 28090, 29094,
			28179, 29025, 29143, 28100);

	/** The gateway's anonymous submission budget per address (its default). */
	static final int ANONYMOUS_BUDGET = 30;

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ReplicatedStack.class);

	private static volatile ReplicatedStack current;

	private final Stack stack;

	private final Map<String, Kill> kills = new ConcurrentHashMap<>();

	private record Kill(long pid, Instant at) {
	}

	private ReplicatedStack(Stack stack) {
		this.stack = stack;
	}

	/** For the extension only: JUnit makes it, {@link #get()} gives the started one. */
	public ReplicatedStack() {
		this.stack = null;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(NAMESPACE).computeIfAbsent(Stack.class, key -> start(), Stack.class);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (current != null) {
			CarePathStack.printLogTails("resilience stack", current.stack.logDir());
		}
	}

	static ReplicatedStack get() {
		return current;
	}

	private static Stack start() {
		Path root = Path.of(System.getProperty("carepath.root", ".."));
		Path data = Path.of(System.getProperty("carepath.resilience.data", "target/resilience-stack"));
		StackConfig config = new StackConfig(root, data, PORTS, true)
			.withApps(EnumSet.of(App.GATEWAY, App.INTAKE, App.REFERRAL, App.PARTNER))
			.withReplicas(2)
			.withBrokers(3)
			.withSettings(App.GATEWAY, "--carepath.gateway.rate-limit.raised-addresses=127.0.0.1")
			.withSettings(App.INTAKE, "--carepath.intake.rate-limit.requests=100000");
		try {
			Stack stack = Stack.start(config, message -> System.out.println("resilience stack: " + message));
			current = new ReplicatedStack(stack);
			return stack;
		}
		catch (StackException ex) {
			throw new IllegalStateException("The resilience stack did not start: " + ex.getMessage(), ex);
		}
	}

	StackPorts ports() {
		return PORTS;
	}

	/**
	 * Gateway instance 1 or 2 as browsers reach it ({@code localhost}, like the public
	 * URL, so cookies are shared).
	 */
	String gateway(int instance) {
		return instance(App.GATEWAY.module(), instance).url().replace("127.0.0.1", "localhost");
	}

	String partnerUrl() {
		return instance(App.PARTNER.module(), 1).url();
	}

	/** SIGKILL, as a crash would; the launcher's supervisor starts it again. */
	void kill(String part, int instance) {
		this.kills.put(part + "#" + instance, new Kill(instance(part, instance).pid(), Instant.now()));
		this.stack.kill(part, instance);
	}

	/**
	 * Waits until the supervisor has started a killed instance again and it is ready.
	 * @return from the kill to ready again
	 */
	Duration awaitBack(String part, int instance) {
		Kill kill = this.kills.get(part + "#" + instance);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		try {
			while (instance(part, instance).pid() == kill.pid() || instance(part, instance).pid() == 0) {
				if (Instant.now().isAfter(deadline)) {
					throw new AssertionError(part + " #" + instance + " was not restarted by the supervisor");
				}
				Thread.sleep(200);
			}
			this.stack.awaitReady(part, instance, Duration.between(Instant.now(), deadline));
		}
		catch (StackException ex) {
			throw new AssertionError(ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return Duration.between(kill.at(), Instant.now());
	}

	void restartPostgres() {
		try {
			this.stack.restartPostgres(Duration.ofSeconds(5));
		}
		catch (Exception ex) {
			throw new IllegalStateException("PostgreSQL did not restart: " + ex.getMessage(), ex);
		}
	}

	/** The process of every application instance, by part and instance. */
	Map<String, Long> applicationProcesses() {
		Map<String, Long> pids = new TreeMap<>();
		for (Instance instance : this.stack.instances()) {
			if (instance.url().startsWith("http")) {
				pids.put(instance.part() + " #" + instance.instance(), instance.pid());
			}
		}
		return pids;
	}

	/** The services' view of Kafka, as referral-service (it may read the screenings). */
	TopicReader serviceReader() {
		return TopicReader.service(this.stack.kafkaBootstrapServers(), PORTS.issuer(), "referral-service");
	}

	/** Harbor's view of its own topic, over the partners' TLS listener. */
	TopicReader partnerReader() {
		return TopicReader.partner(this.stack.kafkaPartnerBootstrapServers(), PORTS.issuer(), "harbor",
				this.stack.kafkaCaCertificate().toString());
	}

	/** A service's database, with its role and dev password. */
	Connection database(String name) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PORTS.postgres() + "/" + name, name,
				name + "-dev");
	}

	private Instance instance(String part, int number) {
		return this.stack.instances()
			.stream()
			.filter(instance -> instance.part().equals(part) && instance.instance() == number)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No " + part + " #" + number));
	}

}
