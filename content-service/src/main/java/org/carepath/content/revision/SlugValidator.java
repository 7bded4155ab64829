package org.carepath.content.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Slug}: each rule has its own words, and every rule broken is named once,
 * in the order an editor reads the slug (its length, then its characters, then its
 * hyphens). A control character is a character outside a to z, digits and hyphens, so it
 * needs no rule of its own.
 */
class SlugValidator implements ConstraintValidator<Slug, String> {

	static final int MAX_LENGTH = 120;

	static final String TOO_LONG = "must be at most " + MAX_LENGTH + " characters";

	static final String CHARACTERS = "must use only lower-case letters a to z, digits and hyphens";

	static final String HYPHEN_AT_AN_END = "must not start or end with a hyphen";

	static final String DOUBLE_HYPHEN = "must not have two hyphens in a row";

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9-]*");

	@Override
	public boolean isValid(String slug, ConstraintValidatorContext context) {
		if (slug == null || slug.isBlank()) {
			return true;
		}
		List<String> broken = brokenRules(slug);
		if (broken.isEmpty()) {
			return true;
		}
		// The rule texts are ours, never the client's value: nothing to escape.
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(String.join("; ", broken)).addConstraintViolation();
		return false;
	}

	static List<String> brokenRules(String slug) {
		List<String> broken = new ArrayList<>();
		if (slug.length() > MAX_LENGTH) {
			broken.add(TOO_LONG);
		}
		if (!ALLOWED.matcher(slug).matches()) {
			broken.add(CHARACTERS);
		}
		if (slug.startsWith("-") || slug.endsWith("-")) {
			broken.add(HYPHEN_AT_AN_END);
		}
		if (slug.contains("--")) {
			broken.add(DOUBLE_HYPHEN);
		}
		return broken;
	}

}
