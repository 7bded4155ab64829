package org.carepath.gateway.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backends that fail the way a dead or broken instance does: a port where nobody listens,
 * a process that reads a whole request and then dies before answering (what
 * {@code kill -9} does to a request in flight), or one that answers garbage.
 */
public final class DyingBackend {

	private static final byte[] READY = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
			+ "Connection: close\r\n\r\n{\"status\":\"UP\"}")
		.getBytes(StandardCharsets.US_ASCII);

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
	 * connection without answering — except its readiness, which it reports as up, so the
	 * load balancer keeps choosing it (an instance killed between two health checks).
	 * Returns its URL; {@code hungUp} counts the requests it swallowed.
	 */
	public static String readsThenHangsUp(AtomicInteger hungUp) {
		return serve("dying-backend", (head, out) -> hungUp.incrementAndGet());
	}

	/**
	 * Starts a backend that answers each request with something that is not HTTP, then
	 * hangs up — except its readiness, which it reports as up. Returns its URL.
	 */
	public static String answersGarbage() {
		return serve("garbage-backend",
				(head, out) -> out.write("HELLO THIS IS NOT HTTP\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
	}

	private interface Misbehaviour {

		void answer(String head, OutputStream out) throws IOException;

	}

	private static String serve(String name, Misbehaviour misbehaviour) {
		try {
			ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			Thread thread = new Thread(() -> {
				while (!server.isClosed()) {
					try (Socket socket = server.accept(); OutputStream out = socket.getOutputStream()) {
						String head = readRequest(socket.getInputStream());
						if (head.startsWith("GET /actuator/health")) {
							out.write(READY);
						}
						else {
							misbehaviour.answer(head, out);
						}
					}
					catch (IOException ignored) {
						// next connection
					}
				}
			}, name);
			thread.setDaemon(true);
			thread.start();
			return "http://127.0.0.1:" + server.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads one request and returns its head (request line and headers). */
	private static String readRequest(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				return head.toString(StandardCharsets.US_ASCII);
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
		return head.toString(StandardCharsets.US_ASCII);
	}

}
