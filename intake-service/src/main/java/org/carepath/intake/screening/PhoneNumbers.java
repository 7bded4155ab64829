package org.carepath.intake.screening;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Phone numbers as the clinic dials them back: written however the person likes, a
 * national number read in the clinic's region ({@code carepath.clinic.phone-region}),
 * valid by Google's libphonenumber metadata (a real number range, not only the right
 * length), and stored in E.164 ({@code +12015550123}) so staff dial exactly one thing.
 */
@Component
class PhoneNumbers {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private final String region;

	PhoneNumbers(@Value("${carepath.clinic.phone-region}") String region) {
		if (!PHONES.getSupportedRegions().contains(region)) {
			throw new IllegalArgumentException(
					"carepath.clinic.phone-region must be a region libphonenumber knows (e.g. US), not " + region);
		}
		this.region = region;
	}

	/** The number in E.164, or empty when it is not one the clinic could dial. */
	Optional<String> e164(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = PHONES.parse(text.strip(), this.region);
			return PHONES.isValidNumber(number) ? Optional.of(PHONES.format(number, PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/** How a number of the clinic's region is written, for messages: (201) 555-0123. */
	String example() {
		PhoneNumber example = PHONES.getExampleNumber(this.region);
		return (example != null) ? PHONES.format(example, PhoneNumberFormat.NATIONAL) : "+1 201 555 0123";
	}

}
