package org.carepath.portal.editorial;

import java.util.List;
import java.util.regex.Pattern;

import org.carepath.portal.system.ServiceProblem;

/**
 * Article slugs as the content service makes them. Checked before a slug from the address
 * goes into a service call or a redirect, so neither ever carries anything but lower-case
 * words and hyphens.
 */
final class Slugs {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Slugs() {
	}

	/** An address with anything else names no article: the not-found page. */
	static void require(String slug) {
		if (!isSlug(slug)) {
			throw new ServiceProblem(404, null, null, List.of());
		}
	}

	static boolean isSlug(String slug) {
		return slug.length() <= 120 && SLUG.matcher(slug).matches();
	}

}
