package org.carepath.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real GreenMail jar (copied by devstack's build) in its own JVM: mail sent over SMTP
 * is read back over IMAP with any password, as ./carepath up tells developers to.
 */
class MailTest {

	@TempDir
	Path dir;

	@Test
	void commandRunsGreenMailOnLoopbackWithoutAuthentication() {
		Mail mail = new Mail(Path.of("greenmail.jar"), dir, dir.resolve("mail.log"), Path.of("/jdk/bin/java"),
				JvmOptions.mail());

		List<String> command = mail.command(3025, 3143);

		assertThat(command.getFirst()).isEqualTo("/jdk/bin/java");
		assertThat(command).contains("-Xmx64m", "-XX:+UseSerialGC", "-Dgreenmail.smtp.hostname=127.0.0.1",
				"-Dgreenmail.smtp.port=3025", "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=3143",
				"-Dgreenmail.auth.disabled");
		assertThat(command.subList(command.size() - 2, command.size())).containsExactly("-jar", "greenmail.jar");
	}

	@Test
	void theSummaryTellsHowToReadTheDevMailboxes() {
		String text = Mail.howToRead(StackPorts.defaults());

		assertThat(text).contains("SMTP 127.0.0.1:3025", "IMAP 127.0.0.1:3143", "oncall@carepath.test",
				"escalation@carepath.test", "any password",
				"curl -s --url 'imap://127.0.0.1:3143/INBOX' -u oncall@carepath.test:any -X 'FETCH 1:* ENVELOPE'");
	}

	@Test
	void aMessageSentOverSmtpIsReadOverImapWithAnyPassword() throws Exception {
		Path jar = Preflight.BuildOutputs.of(Path.of("..")).mailJar();
		assertThat(jar).as("copied by devstack's build (generate-resources)").isRegularFile();
		int[] ports = freePorts();
		Mail mail = new Mail(jar.toAbsolutePath(), dir, dir.resolve("mail.log"),
				Path.of(System.getProperty("java.home"), "bin", "java"), JvmOptions.mail());
		ChildProcess process = mail.start(ports[0], ports[1], false);
		try {
			Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
			while (!Mail.isReady(ports[0], ports[1])) {
				assertThat(process.isAlive()).as("mail server running; log: %s", log()).isTrue();
				assertThat(Instant.now()).as("ready within 60 s; log: %s", log()).isBefore(deadline);
				Thread.sleep(200);
			}

			send(ports[0], "alerts@carepath.test", "oncall@carepath.test", "Crisis alert ABC-DEFG");

			List<String> fetched = imap(ports[1], "oncall@carepath.test", "whatever-you-like",
					"FETCH 1:* (BODY[HEADER.FIELDS (SUBJECT)])");
			assertThat(fetched).anyMatch(line -> line.equals("Subject: Crisis alert ABC-DEFG"));
			assertThat(imap(ports[1], "escalation@carepath.test", "any", "SEARCH ALL")).contains("* SEARCH")
				.noneMatch(line -> line.startsWith("* SEARCH 1"));
		}
		finally {
			process.kill();
			process.waitFor(Duration.ofSeconds(10));
		}
	}

	private String log() throws IOException {
		Path log = dir.resolve("mail.log");
		return Files.exists(log) ? Files.readString(log) : "(none)";
	}

	private static void send(int port, String from, String to, String subject) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(10_000);
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = socket.getOutputStream();
			expect(in, "220");
			command(out, in, "HELO test", "250");
			command(out, in, "MAIL FROM:<" + from + ">", "250");
			command(out, in, "RCPT TO:<" + to + ">", "250");
			command(out, in, "DATA", "354");
			command(out, in, "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\nHello\r\n.",
					"250");
			command(out, in, "QUIT", "221");
		}
	}

	/** Logs in, selects INBOX, runs one command and returns its untagged lines. */
	private static List<String> imap(int port, String user, String password, String command) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(10_000);
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = socket.getOutputStream();
			expect(in, "* OK");
			tagged(out, in, "a1 LOGIN \"" + user + "\" \"" + password + "\"");
			tagged(out, in, "a2 SELECT INBOX");
			List<String> lines = tagged(out, in, "a3 " + command);
			tagged(out, in, "a4 LOGOUT");
			return lines;
		}
	}

	private static List<String> tagged(OutputStream out, BufferedReader in, String line) throws IOException {
		String tag = line.substring(0, line.indexOf(' '));
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		List<String> lines = new ArrayList<>();
		for (String reply = in.readLine(); reply != null; reply = in.readLine()) {
			if (reply.startsWith(tag + " ")) {
				assertThat(reply).as(line).startsWith(tag + " OK");
				return lines;
			}
			lines.add(reply);
		}
		throw new IOException("connection closed after " + line);
	}

	private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		expect(in, expected);
	}

	private static void expect(BufferedReader in, String prefix) throws IOException {
		String reply = in.readLine();
		while (reply != null && reply.length() > 3 && reply.charAt(3) == '-') {
			reply = in.readLine();
		}
		assertThat(reply).startsWith(prefix);
	}

	private static int[] freePorts() throws IOException {
		try (ServerSocket a = new ServerSocket(); ServerSocket b = new ServerSocket()) {
			a.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			b.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return new int[] { a.getLocalPort(), b.getLocalPort() };
		}
	}

}
