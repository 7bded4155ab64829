package org.carepath.support.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import redis.embedded.RedisServer;

/**
 * A real Redis server (the binary shipped in {@code embedded-redis}) on a free loopback
 * port, one per test JVM, stopped when the JVM ends. It keeps nothing on disk. Tests that
 * need Redis gone and back use {@link #stop()} and {@link #start()}: the port stays the
 * same, as a restarted server's would.
 *
 * <p>
 * Add {@code com.github.codemonstur:embedded-redis} as a test dependency next to this
 * test-jar (test-jar dependencies are not transitive).
 */
public final class TestRedis {

	private static TestRedis shared;

	private final int port;

	private RedisServer server;

	private TestRedis(int port) {
		this.port = port;
	}

	/** The JVM's Redis, started on first use. */
	public static synchronized TestRedis shared() {
		if (shared == null) {
			TestRedis redis = new TestRedis(freePort());
			redis.start();
			Runtime.getRuntime().addShutdownHook(new Thread(redis::stop, "test-redis-stop"));
			shared = redis;
		}
		return shared;
	}

	public int port() {
		return this.port;
	}

	public synchronized void start() {
		if (this.server != null) {
			return;
		}
		try {
			RedisServer redis = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(this.port)
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			redis.start();
			this.server = redis;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Redis did not start on port " + this.port, e);
		}
	}

	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		try {
			this.server.stop();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			this.server = null;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
