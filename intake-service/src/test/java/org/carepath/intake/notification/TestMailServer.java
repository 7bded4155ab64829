package org.carepath.intake.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * A real mail server for the notification tests (GreenMail, in this JVM, on free loopback
 * ports): SMTP for the service to send to, IMAP to read a mailbox as the person on call
 * would. It can be stopped and started again on the same ports, as a real outage would.
 */
final class TestMailServer implements AutoCloseable {

	static final String PASSWORD = "any";

	private final ServerSetup[] setups;

	private final List<String> users;

	private GreenMail greenMail;

	private TestMailServer(int smtpPort, int imapPort, List<String> users) {
		this.setups = new ServerSetup[] { new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) };
		this.users = users;
		start();
	}

	static TestMailServer start(String... users) {
		return new TestMailServer(freePort(), freePort(), List.of(users));
	}

	int smtpPort() {
		return this.setups[0].getPort();
	}

	/**
	 * Starts the server (again, after {@link #stop}) on the same ports; empty mailboxes.
	 */
	void start() {
		this.greenMail = new GreenMail(this.setups);
		this.greenMail.start();
		this.users.forEach(user -> this.greenMail.setUser(user, user, PASSWORD));
	}

	/** Clients see connection refused until {@link #start}. */
	void stop() {
		this.greenMail.stop();
	}

	/** The messages in this person's inbox, read over IMAP. */
	List<Mail> inbox(String address) {
		Session session = Session.getInstance(new Properties());
		try (Store store = session.getStore("imap")) {
			store.connect("127.0.0.1", this.setups[1].getPort(), address, PASSWORD);
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			try {
				List<Mail> mails = new ArrayList<>();
				for (Message message : inbox.getMessages()) {
					mails.add(new Mail(message.getFrom()[0].toString(), message.getSubject(),
							String.valueOf(message.getContent())));
				}
				return mails;
			}
			finally {
				inbox.close(false);
			}
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Cannot read the mailbox over IMAP", ex);
		}
	}

	/** The messages in this person's inbox that name this screening reference. */
	List<Mail> inbox(String address, String reference) {
		return inbox(address).stream().filter(mail -> mail.subject().contains(reference)).toList();
	}

	@Override
	public void close() {
		this.greenMail.stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Mail(String from, String subject, String body) {
	}

}
