package org.carepath.portal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.carepath.portal.system.ServiceProblem;

import static org.carepath.support.text.Text.blankToNull;

/**
 * The result page's optional "please contact me": a way to reach the person and their
 * explicit consent. Kept as typed so the form can be shown again after a problem.
 *
 * @param screeningId the screening's unguessable id, returned only to the person who
 * submitted it
 */
record ContactForm(String screeningId, String name, String phone, String email, boolean consent) {

	private static final Pattern SCREENING_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/**
	 * A form field: its HTML id, the intake API's name for it, and the label the error
	 * summary uses.
	 */
	enum Field {

		NAME("contact-name", "name", "Name"), PHONE("contact-phone", "phone", "Phone"),
		EMAIL("contact-email", "email", "Email"), CONSENT("contact-consent", "consentToContact", "Consent");

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
	}

	static ContactForm blank(String screeningId) {
		return new ContactForm(screeningId, "", "", "", false);
	}

	static boolean isScreeningId(String id) {
		return SCREENING_ID.matcher(id).matches();
	}

	/**
	 * What must be right before asking intake: consent given, and a way to reach the
	 * person.
	 */
	CheckErrors check() {
		List<CheckErrors.Message> messages = new ArrayList<>();
		if (this.phone.isEmpty() && this.email.isEmpty()) {
			messages.add(message(Field.PHONE, "Enter a phone number or an email address, so we can reach you"));
		}
		if (!this.consent) {
			messages.add(message(Field.CONSENT, "Tick the box if you agree that the clinic may contact you"));
		}
		return new CheckErrors(messages);
	}

	/**
	 * Intake's field errors ({@code phone}, {@code contact.email} …) next to the fields
	 * they are about.
	 */
	static CheckErrors errorsFrom(ServiceProblem problem) {
		List<CheckErrors.Message> messages = new ArrayList<>();
		for (ServiceProblem.FieldProblem error : problem.errors()) {
			String apiName = error.field().substring(error.field().lastIndexOf('.') + 1);
			Field field = null;
			for (Field candidate : Field.values()) {
				if (candidate.apiName.equals(apiName)) {
					field = candidate;
				}
			}
			messages.add((field != null) ? message(field, error.message())
					: new CheckErrors.Message(FORM, FORM, "", error.message()));
		}
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
				this.consent);
	}

}
