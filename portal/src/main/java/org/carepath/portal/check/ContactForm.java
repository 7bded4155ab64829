package org.carepath.portal.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.carepath.portal.system.CodeWords;
import org.carepath.portal.system.ServiceProblem;

import static org.carepath.support.text.Text.blankToNull;

/**
 * The result page's optional "please contact me": a way to reach the person, when they
 * would rather be contacted, and their explicit consent. Kept as typed so the form can be
 * shown again after a problem, and echoed on the thank-you page so the person can spot a
 * typo. Whether a phone can be dialled, an email delivered, a time is on the list: intake
 * decides (it owns the contact rules); the portal only keeps details to itself until the
 * person consents.
 *
 * @param screeningId the screening's unguessable id, returned only to the person who
 * submitted it
 * @param preferredTime one of {@link #PREFERRED_TIMES}' codes, as chosen
 */
record ContactForm(String screeningId, String name, String phone, String email, String preferredTime, boolean consent) {

	/**
	 * Intake's preferred-time codes in words, in the order the form offers them; intake
	 * refuses any other code.
	 */
	static final Map<String, String> PREFERRED_TIMES = CodeWords.ordered("any", "Any time", "morning",
			"Morning (9 AM to noon)", "afternoon", "Afternoon (noon to 5 PM)", "evening", "Evening (after 5 PM)");

	private static final Pattern SCREENING_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/**
	 * A form field: its HTML id, the intake API's name for it, and the label the error
	 * summary uses.
	 */
	enum Field {

		// In the order of the form: errors are listed so.
		NAME("contact-name", "name", "Name"), PHONE("contact-phone", "phone", "Phone"),
		EMAIL("contact-email", "email", "Email"), PREFERRED_TIME("contact-time", "preferredTime", "Best time"),
		CONSENT("contact-consent", "consentToContact", "Consent");

		final String id;

		final String apiName;

		final String label;

		Field(String id, String apiName, String label) {
			this.id = id;
			this.apiName = apiName;
			this.label = label;
		}

	}

	/** Where a message about the whole form links to. */
	static final String FORM = "contact-form";

	ContactForm {
		name = name.strip();
		phone = phone.strip();
		email = email.strip();
		preferredTime = preferredTime.strip();
	}

	static ContactForm blank(String screeningId) {
		return new ContactForm(screeningId, "", "", "", "any", false);
	}

	static boolean isScreeningId(String id) {
		return SCREENING_ID.matcher(id).matches();
	}

	/**
	 * Without consent nothing goes to intake, not even to be checked: the details stay in
	 * the portal. Then the form says what it can tell itself, consent and a way to reach
	 * the person; with consent, intake judges every field at once.
	 */
	CheckErrors check() {
		List<CheckErrors.Message> messages = new ArrayList<>();
		if (this.consent) {
			return new CheckErrors(messages);
		}
		if (this.phone.isEmpty() && this.email.isEmpty()) {
			messages.add(message(Field.PHONE, "Enter a phone number or an email address, so we can reach you"));
		}
		messages.add(message(Field.CONSENT, "Tick the box if you agree that the clinic may contact you"));
		return new CheckErrors(messages);
	}

	/**
	 * Intake's field errors ({@code phone}, {@code contact.email} …) next to the fields
	 * they are about, one per field, in the order of the form; "a phone or an email is
	 * needed" ({@code contact}) goes with the phone.
	 */
	static CheckErrors errorsFrom(ServiceProblem problem) {
		Map<Field, CheckErrors.Message> byField = new EnumMap<>(Field.class);
		List<CheckErrors.Message> messages = new ArrayList<>();
		for (ServiceProblem.FieldProblem error : problem.errors()) {
			String apiName = error.field().substring(error.field().lastIndexOf('.') + 1);
			Field field = "contact".equals(apiName) ? Field.PHONE : null;
			for (Field candidate : Field.values()) {
				if (candidate.apiName.equals(apiName)) {
					field = candidate;
				}
			}
			if (field != null) {
				byField.putIfAbsent(field, message(field, error.message()));
			}
			else {
				messages.add(new CheckErrors.Message(FORM, FORM, "", error.message()));
			}
		}
		messages.addAll(0, byField.values());
		if (messages.isEmpty()) {
			messages.add(formMessage((problem.detail() != null) ? problem.detail()
					: "Your details could not be accepted. Please check them and try again."));
		}
		return new CheckErrors(messages);
	}

	static CheckErrors.Message formMessage(String text) {
		return new CheckErrors.Message(FORM, FORM, "", text);
	}

	private static CheckErrors.Message message(Field field, String text) {
		return new CheckErrors.Message(field.id, field.id, field.label, text);
	}

	/** What intake is sent: only what the person filled in, and their consent. */
	IntakeApi.ContactRequest toRequest() {
		return new IntakeApi.ContactRequest(blankToNull(this.name), blankToNull(this.phone), blankToNull(this.email),
				blankToNull(this.preferredTime), this.consent);
	}

	/** The chosen preferred time in words, for the thank-you page. */
	public String preferredTimeWords() {
		return CodeWords.word(PREFERRED_TIMES, blankToNull(this.preferredTime));
	}

}
