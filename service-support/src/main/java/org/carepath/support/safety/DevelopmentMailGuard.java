package org.carepath.support.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

/**
 * In production, refuses to start while the mail settings are the development ones: a
 * mail server on this machine (the dev stack's GreenMail), its SMTP port 3025, or a
 * session without TLS. Crisis-alert emails
 * (docs/clinic-operations.md#notification-settings) must go through the clinic's own
 * server, encrypted, or a page meant for the person on call would go nowhere.
 */
final class DevelopmentMailGuard implements InitializingBean {

	/** The dev stack's GreenMail SMTP port. */
	static final int DEVELOPMENT_PORT = 3025;

	private final Environment environment;

	DevelopmentMailGuard(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = problems(this.environment.getProperty("spring.mail.host"),
				this.environment.getProperty("spring.mail.port", Integer.class), this.environment
					.getProperty("spring.mail.properties.mail.smtp.starttls.required", Boolean.class, false),
				this.environment.getProperty("spring.mail.ssl.enabled", Boolean.class, false));
		if (!problems.isEmpty()) {
			throw new DevelopmentMailInProductionException(problems);
		}
	}

	static List<String> problems(String host, Integer port, boolean startTlsRequired, boolean ssl) {
		List<String> problems = new ArrayList<>();
		String name = (host != null) ? host.strip().toLowerCase(Locale.ROOT) : "";
		if (name.isEmpty() || name.equals("localhost") || name.startsWith("127.") || name.equals("::1")
				|| name.equals("[::1]") || name.equals("0.0.0.0")) {
			problems.add("spring.mail.host is the development mail server on this machine ('" + name
					+ "'): set CAREPATH_SMTP_HOST to the clinic's SMTP server");
		}
		if (port != null && port == DEVELOPMENT_PORT) {
			problems.add("spring.mail.port is the development mail server's port " + DEVELOPMENT_PORT
					+ ": set CAREPATH_SMTP_PORT");
		}
		if (!startTlsRequired && !ssl) {
			problems.add("mail is sent without TLS: keep spring.mail.properties.mail.smtp.starttls.required=true "
					+ "(or spring.mail.ssl.enabled=true)");
		}
		return problems;
	}

}
