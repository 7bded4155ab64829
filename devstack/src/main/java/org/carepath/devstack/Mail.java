package org.carepath.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stack's mail server: GreenMail's standalone jar (copied by devstack's build into
 * {@code devstack/target/greenmail/}) in a JVM of its own, SMTP and IMAP on 127.0.0.1.
 * Authentication is off: any user name and password log in, and a mailbox is made for
 * every address it receives mail for, so {@code oncall@carepath.test} reads its mail with
 * any password. Mail is kept in memory: a restart of the mail server empties the
 * mailboxes.
 */
final class Mail {

	/** The accounts the dev roster notifies (issue 13), printed by the summary. */
	static final List<String> DEV_ACCOUNTS = List.of("oncall@carepath.test", "escalation@carepath.test");

	private final Path jar;

	private final Path home;

	private final Path log;

	private final Path java;

	private final List<String> jvmOptions;

	/**
	 * @param jar GreenMail's standalone jar
	 * @param home {@code dataDir/mail}: its working directory (it writes nothing there)
	 */
	Mail(Path jar, Path home, Path log, Path java, List<String> jvmOptions) {
		this.jar = jar;
		this.home = home;
		this.log = log;
		this.java = java;
		this.jvmOptions = List.copyOf(jvmOptions);
	}

	/** GreenMail's own settings are system properties. */
	List<String> command(int smtp, int imap) {
		List<String> command = new ArrayList<>();
		command.add(java.toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtp,
				"-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + imap, "-Dgreenmail.auth.disabled",
				"-jar", jar.toString()));
		return command;
	}

	ChildProcess start(int smtp, int imap, boolean appendLog) throws IOException {
		Files.createDirectories(home);
		return ChildProcess.start("mail server", command(smtp, imap), Stack.JVM_ENVIRONMENT, home, log, appendLog,
				jar.toString());
	}

	/** Both servers greet: SMTP with 220, IMAP with {@code * OK}. */
	static boolean isReady(int smtp, int imap) {
		return greets(smtp, "220", "QUIT\r\n") && greets(imap, "* OK", "a LOGOUT\r\n");
	}

	/**
	 * Reads the greeting, then ends the session as a client should: GreenMail's IMAP
	 * handler spins on a connection dropped without LOGOUT, a whole core for as long as
	 * the server runs (seen in the benchmark's stack).
	 */
	private static boolean greets(int port, String greeting, String goodbye) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			socket.setSoTimeout(1000);
			byte[] reply = new byte[greeting.length()];
			int read = socket.getInputStream().readNBytes(reply, 0, reply.length);
			boolean greeted = new String(reply, 0, read, StandardCharsets.US_ASCII).equals(greeting);
			try {
				socket.getOutputStream().write(goodbye.getBytes(StandardCharsets.US_ASCII));
				socket.getOutputStream().flush();
				// until the server closes the session (its BYE or 221)
				socket.getInputStream().readAllBytes();
			}
			catch (IOException closedAlready) {
				// the greeting decided; a server that closed first has nothing to spin on
			}
			return greeted;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	/**
	 * What {@code ./carepath up} prints: where the mail is and a command that lists a
	 * mailbox (curl speaks IMAP; ENVELOPE because curl does not print the literals a
	 * header fetch answers with).
	 */
	static String howToRead(StackPorts ports) {
		String inbox = "imap://127.0.0.1:" + ports.imap() + "/INBOX";
		return "  SMTP 127.0.0.1:" + ports.smtp() + ", IMAP 127.0.0.1:" + ports.imap() + " (no TLS), accounts "
				+ String.join(" and ", DEV_ACCOUNTS) + ", any password. List a mailbox, then read message 1:\n"
				+ "  curl -s --url '" + inbox + "' -u " + DEV_ACCOUNTS.getFirst() + ":any -X 'FETCH 1:* ENVELOPE'\n"
				+ "  curl -s --url '" + inbox + ";MAILINDEX=1' -u " + DEV_ACCOUNTS.getFirst() + ":any\n";
	}

}
