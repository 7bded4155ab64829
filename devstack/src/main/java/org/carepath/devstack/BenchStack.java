package org.carepath.devstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The stack {@code ./carepath bench} measures: the dev stack's configuration and security
 * (same realm, Kafka security, durable PostgreSQL — not {@code --fast}), the production
 * JVM settings, its own ports and data folder ({@code .carepath/bench/}), so it never
 * touches a running {@code ./carepath up}, the end-to-end or the fault suite's stack. The
 * load generator runs on 127.0.0.1, whose budgets are raised by the documented settings
 * (the gateway's {@code carepath.gateway.rate-limit.raised-addresses}, intake's
 * {@code carepath.intake.rate-limit.requests}).
 */
public final class BenchStack {

	/**
	 * Gateway 21080, portal 21081, intake 21082, referral 21083, content 21084, Keycloak
	 * 21180, Kafka 22092 (partners' TLS 22094), PostgreSQL 22432, partner 21090, Redis
	 * 21179, mail SMTP 22025 and IMAP 22143, extra instances from 21100: below Linux's
	 * ephemeral range (32768–60999), where an outgoing connection of another program
	 * could hold one.
	 */
	public static final StackPorts PORTS = new StackPorts(21080, 21081, 21082, 21083, 21084, 21180, 22092, 22432, 21090,
			22094, 21179, 22025, 22143, 21100);

	/**
	 * {@link #PORTS}, each overridden by its {@code CAREPATH_BENCH_*_PORT} variable when
	 * set ({@code CAREPATH_BENCH_PARTNER_PORT},
	 * {@code CAREPATH_BENCH_EXTRA_INSTANCES_PORT} ...).
	 */
	public static StackPorts ports(Map<String, String> env) {
		Map<String, String> translated = new HashMap<>();
		for (Port port : Port.values()) {
			translated.put(port.environmentVariable(),
					env.getOrDefault(benchVariable(port.environmentVariable()), Integer.toString(PORTS.get(port))));
		}
		translated.put(StackPorts.EXTRA_INSTANCES_VARIABLE, env.getOrDefault(
				benchVariable(StackPorts.EXTRA_INSTANCES_VARIABLE), Integer.toString(PORTS.extraInstances())));
		return StackPorts.fromEnvironment(translated);
	}

	private static String benchVariable(String variable) {
		return variable.replaceFirst("^CAREPATH_", "CAREPATH_BENCH_");
	}

	/** The load generator's address, whose rate limits are raised. */
	public static final String LOAD_GENERATOR = "127.0.0.1";

	/**
	 * How much larger the gateway's budgets are for {@link #LOAD_GENERATOR}: 30
	 * submissions in 10 minutes become 300,000, more than any run sends. The gateway's
	 * default, 100, allowed 3,000, which a fast machine's ramp passed (warm-up 720, then
	 * 240 more per step of 10/s): the bench then measured its own budget's 429s.
	 */
	static final int GATEWAY_RAISED_FACTOR = 10_000;

	private BenchStack() {
	}

	/**
	 * @param root the project root (built modules)
	 * @param dataDir {@link #dataDir(Path)}, or another folder (the build's smoke run)
	 * @param ports {@link #PORTS} or {@link #ports(Map)}
	 * @param reset whether to start from an empty data folder (a cold start)
	 */
	public static StackConfig config(Path root, Path dataDir, StackPorts ports, boolean reset) {
		return new StackConfig(root, dataDir, ports, reset).withProduction(true)
			.withSettings(App.GATEWAY, "--carepath.gateway.rate-limit.raised-addresses=" + LOAD_GENERATOR,
					"--carepath.gateway.rate-limit.raised-factor=" + GATEWAY_RAISED_FACTOR)
			.withSettings(App.INTAKE, "--carepath.intake.rate-limit.requests=1000000");
	}

	/**
	 * Starts the stack; with {@code aotCaches} the applications run from JDK 25 AOT
	 * caches in the data folder, as {@code ./carepath up} does
	 * ({@link Stack#useAotCaches}), and missing ones are trained after the start
	 * ({@link Stack#awaitAotTraining}).
	 */
	public static Stack start(StackConfig config, boolean aotCaches, Progress progress) throws StackException {
		Stack stack = Stack.prepare(config);
		if (aotCaches) {
			stack.useAotCaches();
		}
		stack.boot(progress);
		return stack;
	}

	/** {@code <root>/.carepath/bench}. */
	public static Path dataDir(Path root) {
		return root.resolve(".carepath").resolve("bench");
	}

	/** The development password of a service's database role (e.g. {@code intake}). */
	public static String databasePassword(String database) {
		return Databases.password(database);
	}

	/**
	 * A topic of the benchmark's own on the stack's broker, which {@code producer} may
	 * write and {@code consumer} read (both Keycloak client ids, as the services are):
	 * for measuring the broker alone, over the services' listener and its security.
	 */
	public static void createTopic(Stack stack, String topic, String producer, String consumer)
			throws InterruptedException {
		try (Admin admin = stack.kafkaCluster().admin()) {
			if (!admin.listTopics().names().get().contains(topic)) {
				admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
			}
			ResourcePattern pattern = new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL);
			admin.createAcls(List.of(allow(pattern, producer, AclOperation.WRITE),
					allow(pattern, producer, AclOperation.DESCRIBE), allow(pattern, consumer, AclOperation.READ),
					allow(pattern, consumer, AclOperation.DESCRIBE)))
				.all()
				.get();
		}
		catch (java.io.IOException | ExecutionException e) {
			throw new IllegalStateException("Could not create the topic " + topic + ": " + e.getMessage(), e);
		}
	}

	private static AclBinding allow(ResourcePattern resource, String clientId, AclOperation operation) {
		return new AclBinding(resource,
				new AccessControlEntry("User:" + clientId, "*", operation, AclPermissionType.ALLOW));
	}

}
