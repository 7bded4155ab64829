package org.carepath.portal.check;

import java.util.ArrayList;
import java.util.List;

import org.carepath.portal.system.ServiceListing;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A self-check form as the intake service describes it (a FHIR Questionnaire), reduced to
 * what the page shows. Item scores ({@code ordinalValue}) are deliberately left out: the
 * person sees the words, not the points.
 */
record Questionnaire(String id, String title, @Nullable String version, @Nullable String description,
		@Nullable String copyright, @Nullable Integer estimatedMinutes, List<Item> items) {

	private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

	private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

	private static final String ESTIMATED_MINUTES = "estimated-minutes";

	Questionnaire {
		items = List.copyOf(items);
	}

	static Questionnaire fromJson(String fallbackId, JsonNode node) {
		String id = orElse(ServiceListing.text(node, "id"), fallbackId);
		String title = orElse(ServiceListing.text(node, "title"), orElse(ServiceListing.text(node, "name"), id));
		List<Item> items = new ArrayList<>();
		JsonNode list = node.get("item");
		if (list != null && list.isArray()) {
			for (JsonNode item : list) {
				Item parsed = Item.fromJson(item);
				if (parsed != null) {
					items.add(parsed);
				}
			}
		}
		Integer minutes = extensionInteger(node, ESTIMATED_MINUTES);
		return new Questionnaire(id, title, ServiceListing.text(node, "version"),
				ServiceListing.text(node, "description"), ServiceListing.text(node, "copyright"), minutes, items);
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

	private static String orElse(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	static @Nullable Integer extensionInteger(JsonNode node, String urlEnding) {
		JsonNode extensions = node.get("extension");
		if (extensions == null || !extensions.isArray()) {
			return null;
		}
		for (JsonNode extension : extensions) {
			String url = ServiceListing.text(extension, "url");
			JsonNode value = extension.get("valueInteger");
			if (url != null && url.endsWith(urlEnding) && value != null && value.isIntegralNumber()) {
				return value.intValue();
			}
		}
		return null;
	}

	/**
	 * One entry of the form: a text to show ({@code display}), a choice, or a whole
	 * number.
	 */
	record Item(String linkId, @Nullable String prefix, String text, String type, boolean required,
			List<Option> options, @Nullable Integer min, @Nullable Integer max, List<Condition> enableWhen,
			@Nullable String enableBehavior) {

		Item {
			options = List.copyOf(options);
			enableWhen = List.copyOf(enableWhen);
		}

		static @Nullable Item fromJson(JsonNode node) {
			String linkId = ServiceListing.text(node, "linkId");
			String type = ServiceListing.text(node, "type");
			if (linkId == null || type == null) {
				return null;
			}
			List<Option> options = new ArrayList<>();
			JsonNode answerOptions = node.get("answerOption");
			if (answerOptions != null && answerOptions.isArray()) {
				for (JsonNode option : answerOptions) {
					JsonNode coding = option.get("valueCoding");
					String code = (coding != null) ? ServiceListing.text(coding, "code") : null;
					if (code != null) {
						String display = ServiceListing.text(coding, "display");
						options.add(new Option(code, (display != null) ? display : code));
					}
				}
			}
			List<Condition> conditions = new ArrayList<>();
			JsonNode enableWhen = node.get("enableWhen");
			if (enableWhen != null && enableWhen.isArray()) {
				for (JsonNode condition : enableWhen) {
					String question = ServiceListing.text(condition, "question");
					String operator = ServiceListing.text(condition, "operator");
					if (question != null && operator != null) {
						JsonNode integer = condition.get("answerInteger");
						conditions.add(new Condition(question, operator,
								(integer != null && integer.isIntegralNumber()) ? integer.intValue() : null,
								ServiceListing.text(condition, "answerString")));
					}
				}
			}
			JsonNode required = node.get("required");
			String text = ServiceListing.text(node, "text");
			return new Item(linkId, ServiceListing.text(node, "prefix"), (text != null) ? text : "", type,
					required != null && required.asBoolean(), options, bound(node, "minValue", MIN_VALUE),
					bound(node, "maxValue", MAX_VALUE), conditions, ServiceListing.text(node, "enableBehavior"));
		}

		private static @Nullable Integer bound(JsonNode node, String field, String extensionUrl) {
			JsonNode direct = node.get(field);
			if (direct != null && direct.isIntegralNumber()) {
				return direct.intValue();
			}
			return extensionInteger(node, extensionUrl);
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

	/** One {@code enableWhen} condition: {@code question operator answer}. */
	record Condition(String question, String operator, @Nullable Integer answerInteger, @Nullable String answerString) {
	}

}
