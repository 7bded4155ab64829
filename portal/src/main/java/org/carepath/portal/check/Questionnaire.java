package org.carepath.portal.check;

import java.util.List;
import java.util.Objects;

import org.carepath.portal.check.IntakeApi.AnswerOption;
import org.carepath.portal.check.IntakeApi.Extension;
import org.carepath.portal.check.IntakeApi.QuestionnaireItem;
import org.carepath.portal.check.IntakeApi.QuestionnaireResource;
import org.jspecify.annotations.Nullable;

/**
 * A self-check form as the intake service describes it (a FHIR Questionnaire), reduced to
 * what the page shows. Item scores ({@code ordinalValue}) are deliberately left out: the
 * person sees the words, not the points.
 */
record Questionnaire(String id, String title, @Nullable String version, @Nullable String description,
		@Nullable String copyright, @Nullable Integer estimatedMinutes, List<Item> items) {

	private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

	private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

	private static final String ESTIMATED_MINUTES = "https://carepath.example/fhir/StructureDefinition/estimated-minutes";

	Questionnaire {
		items = List.copyOf(items);
	}

	static Questionnaire of(QuestionnaireResource resource) {
		List<Item> items = present(resource.item()).stream().map(Item::of).toList();
		return new Questionnaire(resource.id(), (resource.title() != null) ? resource.title() : resource.id(),
				resource.version(), resource.description(), resource.copyright(),
				extensionInteger(resource.extension(), ESTIMATED_MINUTES), items);
	}

	/** The items a person answers (not the display texts). */
	public List<Item> questions() {
		return this.items.stream().filter(Item::isQuestion).toList();
	}

	/**
	 * "About N questions, takes ~M minutes": the instrument's own estimate, else about 15
	 * seconds a question.
	 */
	public int minutes() {
		if (this.estimatedMinutes != null && this.estimatedMinutes > 0) {
			return this.estimatedMinutes;
		}
		return Math.max(1, (int) Math.ceil(questions().size() / 4.0));
	}

	/** The 1-based position of a question among the questions, for "Question n of N". */
	public int numberOf(Item item) {
		return questions().indexOf(item) + 1;
	}

	@Nullable Item item(String linkId) {
		return this.items.stream().filter(item -> item.linkId().equals(linkId)).findFirst().orElse(null);
	}

	/**
	 * Whether this conditional item starts a run of items shown under the same condition
	 * (where the note goes).
	 */
	public boolean startsConditionalGroup(Item item) {
		if (!item.isConditional()) {
			return false;
		}
		int index = this.items.indexOf(item);
		if (index <= 0) {
			return true;
		}
		Item previous = this.items.get(index - 1);
		return !previous.enableWhen().equals(item.enableWhen());
	}

	/**
	 * The id of the note explaining when a conditional item applies (shared by its
	 * group).
	 */
	public String conditionNoteId(Item item) {
		Item first = item;
		int index = this.items.indexOf(item);
		while (index > 0 && this.items.get(index - 1).enableWhen().equals(item.enableWhen())
				&& !this.items.get(index - 1).enableWhen().isEmpty()) {
			index--;
			first = this.items.get(index);
		}
		return first.fieldBase() + "-condition";
	}

	/**
	 * The note shown (without JavaScript) above items that only apply after certain
	 * answers.
	 */
	public String conditionNote(Item item) {
		List<Condition> conditions = item.enableWhen();
		boolean allMoreThanSame = !conditions.isEmpty()
				&& conditions.stream().allMatch(c -> ">".equals(c.operator()) && c.answerInteger() != null)
				&& conditions.stream().map(Condition::answerInteger).distinct().count() == 1;
		if (allMoreThanSame) {
			return "Answer these only if you entered more than " + conditions.getFirst().answerInteger()
					+ " days above";
		}
		return "Answer these only if they apply to your answers above";
	}

	private static @Nullable Integer extensionInteger(@Nullable List<Extension> extensions, String url) {
		return present(extensions).stream()
			.filter(extension -> url.equals(extension.url()))
			.map(Extension::valueInteger)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static <T> List<T> present(@Nullable List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * One entry of the form: a text to show ({@code display}), a choice, or a whole
	 * number.
	 */
	record Item(String linkId, @Nullable String prefix, String text, String type, boolean required,
			List<Option> options, @Nullable Integer min, @Nullable Integer max, List<Condition> enableWhen) {

		Item {
			options = List.copyOf(options);
			enableWhen = List.copyOf(enableWhen);
		}

		static Item of(QuestionnaireItem item) {
			List<Option> options = present(item.answerOption()).stream()
				.map(AnswerOption::valueCoding)
				.filter(Objects::nonNull)
				.map(coding -> new Option(coding.code(), (coding.display() != null) ? coding.display() : coding.code()))
				.toList();
			List<Condition> conditions = present(item.enableWhen()).stream()
				.map(condition -> new Condition(condition.question(), condition.operator(), condition.answerInteger()))
				.toList();
			return new Item(item.linkId(), item.prefix(), (item.text() != null) ? item.text() : "", item.type(),
					Boolean.TRUE.equals(item.required()), options, extensionInteger(item.extension(), MIN_VALUE),
					extensionInteger(item.extension(), MAX_VALUE), conditions);
		}

		public boolean isDisplay() {
			return "display".equals(this.type);
		}

		public boolean isChoice() {
			return "choice".equals(this.type);
		}

		public boolean isInteger() {
			return "integer".equals(this.type);
		}

		public boolean isQuestion() {
			return isChoice() || isInteger();
		}

		public boolean isConditional() {
			return !this.enableWhen.isEmpty();
		}

		/**
		 * An HTML id made from the linkId: {@code q-} and only letters, digits and
		 * dashes.
		 */
		public String fieldBase() {
			return "q-" + this.linkId.replaceAll("[^A-Za-z0-9_-]", "-");
		}

		/**
		 * The id of the control the error summary links to: the number box, or the first
		 * radio button.
		 */
		public String fieldId() {
			return isChoice() ? fieldBase() + "-0" : fieldBase();
		}

		/** The form parameter name carrying this item's answer. */
		public String parameterName() {
			return CheckForm.ANSWER_PREFIX + this.linkId;
		}

	}

	record Option(String code, String display) {
	}

	/**
	 * One {@code enableWhen} condition ({@code question operator answer}), kept only to
	 * group conditional items and word the note above them: intake decides what applies.
	 */
	record Condition(String question, String operator, @Nullable Integer answerInteger) {
	}

}
