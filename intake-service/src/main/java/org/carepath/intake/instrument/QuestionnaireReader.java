package org.carepath.intake.instrument;

import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.carepath.intake.instrument.EnableWhen.Operator;
import org.carepath.intake.instrument.Item.EnableBehavior;
import org.carepath.intake.instrument.Item.Type;

/**
 * Reads one FHIR R4 Questionnaire into an {@link Instrument}, strictly: anything the
 * scorer could misread (an option without points, a day count without bounds, a skip rule
 * pointing nowhere) stops the service at start instead of scoring a person wrongly later.
 */
final class QuestionnaireReader {

	static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

	static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

	static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

	static final String CAREPATH = "https://carepath.example/fhir/StructureDefinition/";

	static final String LOOK_BACK = CAREPATH + "look-back";

	static final String POPULATION = CAREPATH + "population";

	static final String ESTIMATED_MINUTES = CAREPATH + "estimated-minutes";

	static final String TOTAL_SCORE_CODE = CAREPATH + "total-score-code";

	static final String UNSCORED = CAREPATH + "unscored";

	static final String USAGE_CONTEXT_TYPE = "http://terminology.hl7.org/CodeSystem/usage-context-type";

	static final String TOPIC = "https://carepath.example/fhir/CodeSystem/screening-topic";

	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	private final String source;

	private QuestionnaireReader(String source) {
		this.source = source;
	}

	/**
	 * @param source the file name, for error messages
	 */
	static Instrument read(JsonNode questionnaire, String source) {
		return new QuestionnaireReader(source).instrument(questionnaire);
	}

	private Instrument instrument(JsonNode node) {
		if (!node.isObject()) {
			throw fail("not a JSON object");
		}
		if (!"Questionnaire".equals(node.path("resourceType").asString(""))) {
			throw fail("resourceType must be Questionnaire");
		}
		noModifierExtensions(node, "the Questionnaire");
		String id = text(node, "id", "the Questionnaire");
		if (!FHIR_ID.matcher(id).matches()) {
			throw fail("id '" + id + "' is not a valid FHIR id");
		}
		if (!"active".equals(text(node, "status", "the Questionnaire"))) {
			throw fail("status must be active");
		}
		List<Item> items = items(node);
		return new Instrument(id, text(node, "url", "the Questionnaire"), text(node, "version", "the Questionnaire"),
				text(node, "name", "the Questionnaire"), text(node, "title", "the Questionnaire"),
				text(node, "description", "the Questionnaire"), text(node, "copyright", "the Questionnaire"),
				codings(node.path("code"), "the Questionnaire's code"), totalScoreCode(node), lookBack(node),
				stringExtension(node, POPULATION, "the Questionnaire"), estimatedMinutes(node), items,
				ageBound(node, "low"), ageBound(node, "high"), topics(node));
	}

	/** A bound of the {@code age} use context, in years; null when not given. */
	private @Nullable Integer ageBound(JsonNode node, String bound) {
		for (JsonNode context : node.path("useContext")) {
			if (USAGE_CONTEXT_TYPE.equals(context.path("code").path("system").asString(""))
					&& "age".equals(context.path("code").path("code").asString(""))) {
				JsonNode value = context.path("valueRange").path(bound);
				if (value.isMissingNode()) {
					return null;
				}
				if (!value.path("value").isIntegralNumber() || !"a".equals(value.path("code").asString(""))) {
					throw fail("useContext age: " + bound + " must be a whole number of years (code a)");
				}
				return value.path("value").intValue();
			}
		}
		return null;
	}

	/** The codes of the {@code focus} use contexts: what the instrument is about. */
	private List<String> topics(JsonNode node) {
		List<String> topics = new ArrayList<>();
		for (JsonNode context : node.path("useContext")) {
			if (USAGE_CONTEXT_TYPE.equals(context.path("code").path("system").asString(""))
					&& "focus".equals(context.path("code").path("code").asString(""))) {
				for (JsonNode coding : context.path("valueCodeableConcept").path("coding")) {
					if (TOPIC.equals(coding.path("system").asString(""))) {
						topics.add(text(coding, "code", "a useContext focus"));
					}
				}
			}
		}
		return topics;
	}

	private String lookBack(JsonNode node) {
		String lookBack = stringExtension(node, LOOK_BACK, "the Questionnaire");
		try {
			Period.parse(lookBack);
			return lookBack;
		}
		catch (DateTimeParseException ex) {
			throw fail("look-back '" + lookBack + "' is not an ISO 8601 period such as P12M or P2W");
		}
	}

	private int estimatedMinutes(JsonNode node) {
		JsonNode value = requiredExtension(node, ESTIMATED_MINUTES, "the Questionnaire").path("valueInteger");
		if (!value.isIntegralNumber() || value.intValue() < 1) {
			throw fail("estimated-minutes must be a positive valueInteger");
		}
		return value.intValue();
	}

	private @Nullable Coding totalScoreCode(JsonNode node) {
		JsonNode extension = extension(node, TOTAL_SCORE_CODE);
		return (extension == null) ? null : coding(extension.path("valueCoding"), "the total-score-code extension");
	}

	private List<Item> items(JsonNode questionnaire) {
		JsonNode array = questionnaire.path("item");
		if (!array.isArray() || array.isEmpty()) {
			throw fail("it has no items");
		}
		List<JsonNode> nodes = new ArrayList<>(array.values());
		Map<String, JsonNode> byLinkId = new HashMap<>();
		for (JsonNode node : nodes) {
			String linkId = text(node, "linkId", "an item");
			if (byLinkId.put(linkId, node) != null) {
				throw fail("linkId '" + linkId + "' is used twice");
			}
		}
		List<Item> items = new ArrayList<>();
		for (JsonNode node : nodes) {
			items.add(item(node, byLinkId));
		}
		return items;
	}

	private Item item(JsonNode node, Map<String, JsonNode> byLinkId) {
		String linkId = node.path("linkId").asString();
		String where = "item '" + linkId + "'";
		noModifierExtensions(node, where);
		if (node.has("item")) {
			throw fail(where + ": nested items are not supported");
		}
		Type type = type(node, where);
		String text = text(node, "text", where);
		boolean required = node.path("required").asBoolean(false);
		List<Coding> codes = codings(node.path("code"), where);
		List<EnableWhen> enableWhen = enableWhen(node, where, byLinkId);
		EnableBehavior behavior = enableBehavior(node, where, enableWhen.size());
		return switch (type) {
			case DISPLAY -> {
				if (required || node.has("answerOption") || !enableWhen.isEmpty()) {
					throw fail(where + ": a display item takes no answer, so no required, answerOption or enableWhen");
				}
				yield new Item(linkId, text, type, false, false, codes, List.of(), null, null, List.of(), behavior);
			}
			case CHOICE -> {
				boolean unscored = booleanExtension(node, UNSCORED);
				List<AnswerOption> options = answerOptions(node, where, !unscored);
				yield new Item(linkId, text, type, required, !unscored, codes, options, null, null, enableWhen,
						behavior);
			}
			case INTEGER -> {
				if (node.has("answerOption")) {
					throw fail(where + ": an integer item takes no answerOption");
				}
				int min = integerExtension(node, MIN_VALUE, where);
				int max = integerExtension(node, MAX_VALUE, where);
				if (min > max) {
					throw fail(where + ": minValue is above maxValue");
				}
				yield new Item(linkId, text, type, required, false, codes, List.of(), min, max, enableWhen, behavior);
			}
		};
	}

	private Type type(JsonNode node, String where) {
		return switch (text(node, "type", where)) {
			case "display" -> Type.DISPLAY;
			case "choice" -> Type.CHOICE;
			case "integer" -> Type.INTEGER;
			default -> throw fail(where + ": type '" + node.path("type").asString() + "' is not supported"
					+ " (display, choice and integer are)");
		};
	}

	private List<AnswerOption> answerOptions(JsonNode item, String where, boolean scored) {
		if (item.has("answerValueSet")) {
			throw fail(where + ": answerValueSet is not supported; list the answerOptions");
		}
		JsonNode array = item.path("answerOption");
		if (!array.isArray() || array.isEmpty()) {
			throw fail(where + ": a choice item needs answerOptions");
		}
		List<AnswerOption> options = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (JsonNode node : array.values()) {
			if (!node.has("valueCoding")) {
				throw fail(where + ": every answerOption needs a valueCoding");
			}
			Coding coding = coding(node.path("valueCoding"), where);
			String option = where + ", option '" + coding.code() + "'";
			if (!codes.add(coding.code())) {
				throw fail(option + ": the code is used twice");
			}
			JsonNode ordinal = extension(node, ORDINAL_VALUE);
			if (scored && ordinal == null) {
				throw fail(option + ": no ordinalValue (mark the item unscored if it is meant to have no points)");
			}
			if (!scored && ordinal != null) {
				throw fail(option + ": the item is marked unscored but the option has an ordinalValue");
			}
			options.add(new AnswerOption(coding, scored ? wholeNumber(ordinal, option) : null));
		}
		return options;
	}

	private int wholeNumber(JsonNode ordinalExtension, String where) {
		JsonNode value = ordinalExtension.has("valueDecimal") ? ordinalExtension.path("valueDecimal")
				: ordinalExtension.path("valueInteger");
		if (!value.isNumber()) {
			throw fail(where + ": ordinalValue needs a valueDecimal");
		}
		BigDecimal decimal = value.decimalValue();
		try {
			int points = decimal.intValueExact();
			if (points < 0) {
				throw fail(where + ": ordinalValue must not be negative");
			}
			return points;
		}
		catch (ArithmeticException ex) {
			throw fail(where + ": ordinalValue must be a whole number of points");
		}
	}

	private List<EnableWhen> enableWhen(JsonNode item, String where, Map<String, JsonNode> byLinkId) {
		List<EnableWhen> conditions = new ArrayList<>();
		for (JsonNode node : item.path("enableWhen").values()) {
			String question = text(node, "question", where + " enableWhen");
			JsonNode target = byLinkId.get(question);
			if (target == null || question.equals(item.path("linkId").asString())) {
				throw fail(where + ": enableWhen refers to '" + question + "', which is not another item");
			}
			String targetType = target.path("type").asString("");
			if ("display".equals(targetType)) {
				throw fail(where + ": enableWhen refers to display item '" + question + "'");
			}
			if (target.has("enableWhen")) {
				// One level keeps the skip logic checkable by eye; nothing we ship needs
				// more.
				throw fail(where + ": enableWhen refers to '" + question + "', which is itself conditional");
			}
			Operator operator = Operator.of(text(node, "operator", where + " enableWhen"));
			if (operator == null) {
				throw fail(where + ": enableWhen operator '" + node.path("operator").asString() + "' is unknown");
			}
			Object answer = enableWhenAnswer(node, operator, targetType, target, where);
			conditions.add(new EnableWhen(question, operator, answer));
		}
		return conditions;
	}

	private Object enableWhenAnswer(JsonNode condition, Operator operator, String targetType, JsonNode target,
			String where) {
		if (operator == Operator.EXISTS) {
			if (!condition.path("answerBoolean").isBoolean()) {
				throw fail(where + ": enableWhen 'exists' needs answerBoolean");
			}
			return condition.path("answerBoolean").booleanValue();
		}
		if (condition.has("answerInteger") && "integer".equals(targetType)) {
			if (!condition.path("answerInteger").isIntegralNumber()) {
				throw fail(where + ": enableWhen answerInteger must be a whole number");
			}
			return condition.path("answerInteger").intValue();
		}
		if (condition.has("answerCoding") && "choice".equals(targetType)
				&& (operator == Operator.EQUALS || operator == Operator.NOT_EQUALS)) {
			Coding coding = coding(condition.path("answerCoding"), where + " enableWhen");
			boolean known = target.path("answerOption")
				.values()
				.stream()
				.anyMatch(option -> coding.code().equals(option.path("valueCoding").path("code").asString()));
			if (!known) {
				throw fail(where + ": enableWhen answerCoding '" + coding.code() + "' is not an option of '"
						+ target.path("linkId").asString() + "'");
			}
			return coding;
		}
		throw fail(where + ": enableWhen supports answerInteger on integer items (any operator) and answerCoding on"
				+ " choice items (= or !=)");
	}

	private EnableBehavior enableBehavior(JsonNode item, String where, int conditions) {
		String behavior = item.path("enableBehavior").asString("");
		if (behavior.isEmpty()) {
			if (conditions > 1) {
				// FHIR que-12: with more than one condition, whether any or all must hold
				// has to be said.
				throw fail(where + ": enableBehavior (any or all) is required with more than one enableWhen");
			}
			return EnableBehavior.ALL;
		}
		return switch (behavior) {
			case "all" -> EnableBehavior.ALL;
			case "any" -> EnableBehavior.ANY;
			default -> throw fail(where + ": enableBehavior must be any or all");
		};
	}

	private List<Coding> codings(JsonNode array, String where) {
		if (array.isMissingNode()) {
			return List.of();
		}
		if (!array.isArray()) {
			throw fail(where + ": code must be a list of codings");
		}
		return array.values().stream().map(node -> coding(node, where)).toList();
	}

	private Coding coding(JsonNode node, String where) {
		return new Coding(text(node, "system", where + " coding"), text(node, "code", where + " coding"),
				text(node, "display", where + " coding"));
	}

	private String text(JsonNode node, String field, String where) {
		JsonNode value = node.path(field);
		if (!value.isString() || value.asString().isBlank()) {
			throw fail(where + ": '" + field + "' is missing or blank");
		}
		return value.asString();
	}

	private void noModifierExtensions(JsonNode node, String where) {
		// A modifier extension changes meaning; one we do not understand must not be
		// silently ignored.
		if (node.has("modifierExtension")) {
			throw fail(where + ": modifierExtension is not supported");
		}
	}

	private static @Nullable JsonNode extension(JsonNode node, String url) {
		return node.path("extension")
			.values()
			.stream()
			.filter(extension -> url.equals(extension.path("url").asString()))
			.findFirst()
			.orElse(null);
	}

	private JsonNode requiredExtension(JsonNode node, String url, String where) {
		JsonNode extension = extension(node, url);
		if (extension == null) {
			throw fail(where + ": extension " + url + " is missing");
		}
		return extension;
	}

	private String stringExtension(JsonNode node, String url, String where) {
		JsonNode value = requiredExtension(node, url, where).path("valueString");
		if (!value.isString() || value.asString().isBlank()) {
			throw fail(where + ": extension " + url + " needs a valueString");
		}
		return value.asString();
	}

	private int integerExtension(JsonNode node, String url, String where) {
		JsonNode value = requiredExtension(node, url, where).path("valueInteger");
		if (!value.isIntegralNumber()) {
			throw fail(where + ": extension " + url + " needs a valueInteger");
		}
		return value.intValue();
	}

	private static boolean booleanExtension(JsonNode node, String url) {
		JsonNode extension = extension(node, url);
		return extension != null && extension.path("valueBoolean").asBoolean(false);
	}

	private MalformedInstrumentException fail(String problem) {
		return new MalformedInstrumentException(this.source, problem);
	}

}
