package org.carepath.content.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NoControlCharacters}: any ISO control character but tab, CR and LF is
 * refused.
 */
public class NoControlCharactersValidator implements ConstraintValidator<NoControlCharacters, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || value.chars().noneMatch(NoControlCharactersValidator::isRefused);
	}

	static boolean isRefused(int c) {
		return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
	}

}
