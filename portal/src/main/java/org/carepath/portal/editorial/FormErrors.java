package org.carepath.portal.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

/**
 * What was wrong with a posted form, keyed by the id of the field to fix: the error summary links to the field,
 * the field points at its message with {@code aria-describedby}. Built from the service's {@code errors} list,
 * whose names ({@code author.name}, {@code faq[1].answer}, {@code topics[0]}) are mapped to the form's ids.
 */
record FormErrors(List<Message> messages) {

	private static final Pattern FAQ = Pattern.compile("faq\\[(\\d+)](?:\\.(question|answer))?");

	/** API field (before any {@code [i]}) → form field id and the label the summary names it by. */
	private static final Map<String, Field> FIELDS = Map.ofEntries(Map.entry("slug", new Field("slug", "Address (slug)")),
			Map.entry("title", new Field("title", "Title")), Map.entry("summary", new Field("summary", "Summary")),
			Map.entry("author", new Field("author-name", "Author name")),
			Map.entry("author.name", new Field("author-name", "Author name")),
			Map.entry("author.credentials", new Field("author-credentials", "Author credentials")),
			Map.entry("topics", new Field("topics", "Topics")), Map.entry("body", new Field("body", "Article text")),
			Map.entry("relatedInstruments", new Field("related-instruments", "Related self-checks")),
			Map.entry("resourceIds", new Field("resource-0", "Support resources")),
			Map.entry("comments", new Field("comments", "Comments")));

	/** Where a message that names no known field links to: the form itself. */
	static final String FORM = "article-form";

	FormErrors {
		messages = List.copyOf(messages);
	}

	static FormErrors none() {
		return new FormErrors(List.of());
	}

	static FormErrors of(String fieldId, String label, String text) {
		return new FormErrors(List.of(new Message(fieldId, label, text)));
	}

	static FormErrors from(ServiceProblem problem) {
		List<Message> messages = new ArrayList<>();
		for (ServiceProblem.FieldProblem error : problem.errors()) {
			Field field = field(error.field());
			messages.add(new Message(field.id(), field.label(), error.message()));
		}
		if (problem.isType("slug-taken")) {
			messages.add(new Message("slug", "Address (slug)",
					(problem.detail() != null) ? problem.detail() : "is already used by another article"));
		}
		else if (messages.isEmpty()) {
			messages.add(new Message(FORM, "", (problem.detail() != null) ? problem.detail()
					: "The content service did not accept this. Please check the form and try again."));
		}
		return new FormErrors(messages);
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

	public boolean isEmpty() {
		return this.messages.isEmpty();
	}

	public boolean has(String fieldId) {
		return this.messages.stream().anyMatch(message -> message.fieldId().equals(fieldId));
	}

	public List<String> of(String fieldId) {
		return this.messages.stream().filter(message -> message.fieldId().equals(fieldId)).map(Message::text).toList();
	}

	/** The {@code aria-describedby} value: the field's hint (if any) and, when it has one, its error message. */
	public @Nullable String describedBy(String fieldId, @Nullable String hintId) {
		List<String> ids = new ArrayList<>();
		if (hintId != null) {
			ids.add(hintId);
		}
		if (has(fieldId)) {
			ids.add(fieldId + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	/** One problem; {@code label} prefixes it in the summary ("Title: must not be blank"). */
	record Message(String fieldId, String label, String text) {

		public String summaryText() {
			return this.label.isEmpty() ? this.text : this.label + ": " + this.text;
		}

	}

	record Field(String id, String label) {
	}

}
