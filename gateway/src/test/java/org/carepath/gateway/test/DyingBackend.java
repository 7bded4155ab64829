package org.carepath.gateway.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backends that fail the way a dead or dying instance does: a port where nobody listens,
 * or a process that reads a whole request and then dies before answering (what
 * {@code kill -9} does to a request in flight).
 */
public final class DyingBackend {

	private DyingBackend() {
	}

	/** A loopback port nobody listens on: connections are refused. */
	public static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a backend that reads each request to the end of its body, then closes the
	 * connection without answering. Returns its URL; {@code hungUp} counts the requests
	 * it swallowed.
	 */
	public static String readsThenHangsUp(AtomicInteger hungUp) {
		try {
			ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			Thread thread = new Thread(() -> {
				while (!server.isClosed()) {
					try (Socket socket = server.accept()) {
						readRequest(socket.getInputStream());
						hungUp.incrementAndGet();
					}
					catch (IOException ignored) {
						// next connection
					}
				}
			}, "dying-backend");
			thread.setDaemon(true);
			thread.start();
			return "http://127.0.0.1:" + server.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void readRequest(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				return;
			}
			head.write(b);
		}
		long length = head.toString(StandardCharsets.US_ASCII)
			.lines()
			.filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
			.mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).trim()))
			.findFirst()
			.orElse(0);
		in.readNBytes((int) length);
	}

}
