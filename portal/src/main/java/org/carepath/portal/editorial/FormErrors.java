package org.carepath.portal.editorial;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.FieldErrors.Field;
import org.carepath.portal.system.ServiceProblem;

/**
 * Where the content service's {@code errors} belong on the article form: its names
 * ({@code author.name}, {@code faq[1].answer}, {@code topics[0]}) mapped to the form's
 * ids.
 */
final class FormErrors {

	private static final Pattern FAQ = Pattern.compile("faq\\[(\\d+)](?:\\.(question|answer))?");

	/**
	 * API field (before any {@code [i]}) → form field id and the label the summary names
	 * it by.
	 */
	private static final Map<String, Field> FIELDS = Map.ofEntries(
			Map.entry("slug", new Field("slug", "Address (slug)")), Map.entry("title", new Field("title", "Title")),
			Map.entry("summary", new Field("summary", "Summary")),
			Map.entry("author", new Field("author-name", "Author name")),
			Map.entry("author.name", new Field("author-name", "Author name")),
			Map.entry("author.credentials", new Field("author-credentials", "Author credentials")),
			Map.entry("topics", new Field("topics", "Topics")), Map.entry("body", new Field("body", "Article text")),
			Map.entry("relatedInstruments", new Field("instrument-0", "Related self-checks")),
			Map.entry("resourceIds", new Field("resource-0", "Support resources")),
			Map.entry("comments", new Field("comments", "Comments")));

	/** Where a message that names no known field links to: the form itself. */
	static final String FORM = "article-form";

	private FormErrors() {
	}

	static FieldErrors from(ServiceProblem problem) {
		if (problem.isType("slug-taken")) {
			// Not a field error to the service, but the editor fixes it in the slug
			// field.
			return FieldErrors.placed(problem, FORM, FormErrors::field)
				.and("slug", "Address (slug)",
						(problem.detail() != null) ? problem.detail() : "is already used by another article");
		}
		return FieldErrors.from(problem, FORM, FormErrors::field,
				"The content service did not accept this. Please check the form and try again.");
	}

	static Field field(String apiField) {
		Matcher faq = FAQ.matcher(apiField);
		if (faq.matches()) {
			String part = (faq.group(2) != null) ? faq.group(2) : "question";
			int row = Integer.parseInt(faq.group(1));
			return new Field("faq-" + row + "-" + part, "Question " + (row + 1) + " " + part);
		}
		if (apiField.startsWith("faq")) {
			return new Field("faq-0-question", "Questions and answers");
		}
		String base = apiField.replaceAll("\\[\\d+]", "");
		Field field = FIELDS.get(base);
		return (field != null) ? field : new Field(FORM, "");
	}

}
