package org.carepath.portal.learn;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Where to turn for help, with the links a phone can act on. {@code text} is the number
 * to send an SMS to. Links are built here from digits only, and web links only for
 * http(s), so a resource can never carry a {@code javascript:} address onto the page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupportResource(@Nullable String id, @Nullable String kind, @Nullable String name, @Nullable String phone,
		@Nullable String text, @Nullable String url, @Nullable String hours, @Nullable String description) {

	/** The digit of each letter A–Z on a phone keypad (ITU E.161). */
	private static final String KEYPAD = "22233344455566677778889999";

	private static final List<String> KIND_ORDER = List.of("crisis-line", "helpline", "support-group",
			"treatment-locator");

	public boolean isCrisisLine() {
		return "crisis-line".equals(this.kind);
	}

	public String kindLabel() {
		if (this.kind == null) {
			return "Support";
		}
		return switch (this.kind) {
			case "crisis-line" -> "Crisis line, 24/7";
			case "helpline" -> "Helpline";
			case "support-group" -> "Support group";
			case "treatment-locator" -> "Find treatment";
			default -> "Support";
		};
	}

	public @Nullable String telHref() {
		return dialable("tel:", this.phone);
	}

	public @Nullable String smsHref() {
		return dialable("sms:", this.text);
	}

	public @Nullable String webHref() {
		if (this.url == null) {
			return null;
		}
		String lower = this.url.strip().toLowerCase(Locale.ROOT);
		return (lower.startsWith("https://") || lower.startsWith("http://")) ? this.url.strip() : null;
	}

	int urgency() {
		int index = KIND_ORDER.indexOf(this.kind);
		return (index < 0) ? KIND_ORDER.size() : index;
	}

	private static @Nullable String dialable(String scheme, @Nullable String number) {
		if (number == null) {
			return null;
		}
		// "1-800-662-HELP (4357)": letters dial as on a phone keypad, and the digits in
		// brackets after them only
		// spell the letters out again. Brackets elsewhere, as in "(555) 010-0100", are
		// part of the number.
		String dialled = number.strip().toUpperCase(Locale.ROOT);
		if (dialled.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
			dialled = dialled.replaceAll("\\s*\\([^)]*\\)$", "");
		}
		StringBuilder digits = new StringBuilder();
		for (char c : dialled.toCharArray()) {
			if (Character.isDigit(c) || (c == '+' && digits.isEmpty())) {
				digits.append(c);
			}
			else if (c >= 'A' && c <= 'Z') {
				digits.append(KEYPAD.charAt(c - 'A'));
			}
		}
		return (digits.length() > (digits.indexOf("+") + 1)) ? scheme + digits : null;
	}

}
