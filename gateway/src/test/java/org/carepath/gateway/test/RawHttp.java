package org.carepath.gateway.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte on a plain socket: unlike the JDK's and Reactor's
 * clients, it sends whatever it is given (broken percent-encoding, raw bytes, unparseable
 * headers), so malformed requests reach the server as a careless or hostile client would
 * send them. One request per connection ({@code Connection: close} is up to the caller),
 * read until the server closes.
 */
public final class RawHttp {

	/** What came back; status -1 when the server closed without answering. */
	public record Response(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	private RawHttp() {
	}

	public static Response send(int port, byte[] request) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			return parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				out.write(buffer, 0, read);
			}
		}
		catch (java.net.SocketException ex) {
			// A reset after the answer was sent (the server closed with request bytes
			// unread): keep what arrived.
			if (out.size() == 0) {
				throw ex;
			}
		}
		return out.toByteArray();
	}

	private static Response parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		// Interim answers (100 Continue) come before the real one.
		while (text.startsWith("HTTP/1.1 1")) {
			int end = text.indexOf("\r\n\r\n");
			if (end < 0) {
				break;
			}
			text = text.substring(end + 4);
		}
		int headersEnd = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/") || headersEnd < 0) {
			return new Response(-1, Map.of(), text);
		}
		String[] lines = text.substring(0, headersEnd).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim(), (first, second) -> first + ", " + second);
			}
		}
		return new Response(status, headers, text.substring(headersEnd + 4));
	}

}
