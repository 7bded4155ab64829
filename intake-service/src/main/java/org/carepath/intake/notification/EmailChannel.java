package org.carepath.intake.notification;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Email through the configured SMTP server ({@code spring.mail.*}, Spring's
 * JavaMailSender): plain text, from {@code carepath.notifications.from}.
 */
@Component
class EmailChannel implements NotificationChannel {

	static final String NAME = "email";

	private final JavaMailSender mail;

	private final NotificationProperties properties;

	EmailChannel(JavaMailSender mail, NotificationProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void send(OutgoingMessage message) {
		SimpleMailMessage email = new SimpleMailMessage();
		email.setFrom(this.properties.from());
		email.setTo(message.recipient());
		email.setSubject(message.subject());
		email.setText(message.body());
		this.mail.send(email);
	}

}
