package org.carepath.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import static org.assertj.core.api.Assertions.fail;

/**
 * A mailbox on the stack's mail server (GreenMail), read over IMAP as a mail client reads
 * it (Jakarta Mail). The server takes any password; each read logs in afresh and opens
 * the inbox read-only, so nothing is marked or removed.
 */
final class Mailbox {

	private final String address;

	private final int imapPort;

	Mailbox(String address, int imapPort) {
		this.address = address;
		this.imapPort = imapPort;
	}

	/** A mailbox on the end-to-end stack's mail server. */
	static Mailbox of(String address) {
		return new Mailbox(address, CarePathStack.PORTS.imap());
	}

	/** Every message in the inbox, oldest first. */
	List<Mail> messages() {
		Properties properties = new Properties();
		properties.put("mail.imap.connectiontimeout", "5000");
		properties.put("mail.imap.timeout", "10000");
		Session session = Session.getInstance(properties);
		try (Store store = session.getStore("imap")) {
			store.connect("127.0.0.1", this.imapPort, this.address, "any");
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			try {
				List<Mail> mails = new ArrayList<>();
				for (Message message : inbox.getMessages()) {
					mails.add(new Mail(message.getSubject(), text(message), message.getReceivedDate().toInstant()));
				}
				return mails;
			}
			finally {
				inbox.close(false);
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Could not read " + this.address + " over IMAP: " + ex.getMessage(), ex);
		}
	}

	/** The messages that match, oldest first. */
	List<Mail> messages(Predicate<Mail> matching) {
		return messages().stream().filter(matching).toList();
	}

	/**
	 * Waits for a matching message, looking every quarter second; {@code seenAt} of the
	 * answer is when this poll first saw it.
	 */
	Mail await(Predicate<Mail> matching, Duration deadline) {
		Instant end = Instant.now().plus(deadline);
		while (true) {
			List<Mail> found = messages(matching);
			if (!found.isEmpty()) {
				return found.getFirst().seen(Instant.now());
			}
			if (Instant.now().isAfter(end)) {
				return fail("No matching mail reached " + this.address + " within " + deadline);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** The text of every text part (plain and HTML alike), one after the other. */
	private static String text(Part part) throws MessagingException {
		try {
			if (part.isMimeType("text/*")) {
				return String.valueOf(part.getContent());
			}
			if (part.isMimeType("multipart/*")) {
				Multipart parts = (Multipart) part.getContent();
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < parts.getCount(); i++) {
					text.append(text(parts.getBodyPart(i))).append('\n');
				}
				return text.toString();
			}
			return "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A message as read: {@code receivedAt} is when the mail server took it (IMAP's
	 * INTERNALDATE, whole seconds), {@code seenAt} when a waiting test first saw it.
	 */
	record Mail(String subject, String body, Instant receivedAt, Instant seenAt) {

		Mail(String subject, String body, Instant receivedAt) {
			this(subject, body, receivedAt, null);
		}

		Mail seen(Instant at) {
			return new Mail(this.subject, this.body, this.receivedAt, at);
		}

		/** Subject and body, for checks on everything the message says. */
		String all() {
			return this.subject + "\n" + this.body;
		}

	}

}
