package org.carepath.intake.instrument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalog reads the files into an immutable model once, and refuses to start on a
 * malformed one.
 */
class InstrumentCatalogTests {

	static final String PHQ9 = "phq-9";

	@TempDir
	Path dir;

	InstrumentCatalog catalogOf(String fileName, String json) throws IOException {
		Files.writeString(this.dir.resolve(fileName), json, StandardCharsets.UTF_8);
		return new InstrumentCatalog(JsonMapper.builder().build(), this.dir.toUri() + "*.json");
	}

	/** A shipped instrument with one change, to break it in one known way. */
	static String shipped(String id, Consumer<ObjectNode> change) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode questionnaire = (ObjectNode) json
			.readTree(TestInstruments.class.getResourceAsStream("/instruments/" + id + ".json"));
		change.accept(questionnaire);
		return json.writeValueAsString(questionnaire);
	}

	static ObjectNode item(ObjectNode questionnaire, int index) {
		return (ObjectNode) questionnaire.get("item").get(index);
	}

	static ObjectNode option(ObjectNode questionnaire, int item, int option) {
		return (ObjectNode) item(questionnaire, item).get("answerOption").get(option);
	}

	void assertRefused(String fileName, String json, String message) {
		assertThatExceptionOfType(MalformedInstrumentException.class).isThrownBy(() -> catalogOf(fileName, json))
			.withMessageContaining(fileName)
			.withMessageContaining(message);
	}

	@Test
	void readsEachInstrumentIntoTheModel() {
		Instrument phq9 = TestInstruments.get(PHQ9);
		assertThat(phq9.version()).isEqualTo("1.0.0");
		assertThat(phq9.lookBack()).isEqualTo("P2W");
		assertThat(phq9.totalScoreCode().code()).isEqualTo("44261-6");
		assertThat(phq9.questions()).hasSize(10);
		Item item9 = phq9.itemWithCode(Coding.LOINC, "44260-8").orElseThrow();
		assertThat(item9.linkId()).isEqualTo("9");
		assertThat(item9.scored()).isTrue();
		assertThat(item9.option("LA6569-3").orElseThrow().ordinalValue()).isEqualTo(1);
		Item item10 = phq9.item("10").orElseThrow();
		assertThat(item10.scored()).isFalse();
		assertThat(item10.answerOptions()).allSatisfy(option -> assertThat(option.ordinalValue()).isNull());
	}

	@Test
	void readsTheCrafftSkipRuleAsEnableWhen() {
		Instrument crafft = TestInstruments.get("crafft-2.1");
		Item relax = crafft.item("relax").orElseThrow();
		assertThat(relax.enableBehavior()).isEqualTo(Item.EnableBehavior.ANY);
		assertThat(relax.enableWhen()).extracting(EnableWhen::question, EnableWhen::operator, EnableWhen::answer)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("alcohol-days", EnableWhen.Operator.GREATER, 0),
					org.assertj.core.groups.Tuple.tuple("cannabis-days", EnableWhen.Operator.GREATER, 0),
					org.assertj.core.groups.Tuple.tuple("other-days", EnableWhen.Operator.GREATER, 0));
		Item days = crafft.item("alcohol-days").orElseThrow();
		assertThat(days.type()).isEqualTo(Item.Type.INTEGER);
		assertThat(days.scored()).isFalse();
		assertThat(days.minValue()).isZero();
		assertThat(days.maxValue()).isEqualTo(365);
	}

	@Test
	void theModelCannotBeChangedAfterLoading() {
		Instrument phq9 = TestInstruments.get(PHQ9);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> phq9.items().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> phq9.items().get(1).answerOptions().clear());
	}

	@Test
	void servesTheQuestionnaireBytesAsStored() throws IOException {
		byte[] stored = TestInstruments.class.getResourceAsStream("/instruments/gad-7.json").readAllBytes();
		assertThat(TestInstruments.catalog().questionnaire("gad-7")).hasValue(stored);
		assertThat(TestInstruments.catalog().questionnaire("nope")).isEmpty();
	}

	@Test
	void aFileThatIsNotAnActiveQuestionnaireIsRefused() throws IOException {
		assertRefused("phq-9.json", shipped(PHQ9, q -> q.put("resourceType", "Observation")),
				"resourceType must be Questionnaire");
		assertRefused("phq-9.json", shipped(PHQ9, q -> q.put("status", "draft")), "status must be active");
		assertRefused("phq-9.json", shipped(PHQ9, q -> q.remove("copyright")), "'copyright' is missing or blank");
		assertRefused("phq-9.json", shipped(PHQ9, q -> q.put("id", "phq 9")), "is not a valid FHIR id");
	}

	@Test
	void anOptionWithoutOrdinalValueIsRefusedUnlessTheItemIsMarkedUnscored() throws IOException {
		assertRefused("phq-9.json", shipped(PHQ9, q -> option(q, 1, 2).remove("extension")),
				"item '1', option 'LA6570-1': no ordinalValue (mark the item unscored");
	}

	@Test
	void anUnscoredItemMustNotCarryPoints() throws IOException {
		assertRefused("phq-9.json",
				shipped(PHQ9, q -> option(q, 10, 0).set("extension", option(q, 1, 0).get("extension"))),
				"item '10', option 'LA6572-7': the item is marked unscored but the option has an ordinalValue");
	}

	@Test
	void pointsMustBeWholeNumbers() throws IOException {
		assertRefused("phq-9.json",
				shipped(PHQ9, q -> ((ObjectNode) option(q, 1, 1).get("extension").get(0)).put("valueDecimal", 1.5)),
				"item '1', option 'LA6569-3': ordinalValue must be a whole number");
	}

	@Test
	void linkIdsMustBeUnique() throws IOException {
		assertRefused("phq-9.json", shipped(PHQ9, q -> item(q, 2).put("linkId", "1")), "linkId '1' is used twice");
	}

	@Test
	void unsupportedItemTypesAreRefused() throws IOException {
		assertRefused("phq-9.json", shipped(PHQ9, q -> item(q, 2).put("type", "open-choice")),
				"item '2': type 'open-choice' is not supported");
	}

	@Test
	void aFileNamedOtherThanItsIdIsRefused() throws IOException {
		assertRefused("phq9.json", shipped(PHQ9, q -> {
		}), "the file name must be the id 'phq-9'");
	}

	@Test
	void duplicateJsonKeysAreRefused() throws IOException {
		String json = shipped(PHQ9, q -> {
		}).replaceFirst("\"version\":\"1.0.0\",", "\"version\":\"1.0.0\",\"version\":\"2.0.0\",");
		assertThat(json).contains("2.0.0");
		assertRefused("phq-9.json", json, "not valid JSON");
	}

	@Test
	void aSkipRuleMustPointAtAnotherQuestion() throws IOException {
		assertRefused("crafft-2.1.json",
				shipped("crafft-2.1",
						q -> ((ObjectNode) item(q, 4).get("enableWhen").get(2)).put("question", "other-day")),
				"item 'relax': enableWhen refers to 'other-day', which is not another item");
	}

	@Test
	void aSkipRuleOverSeveralConditionsMustSayAnyOrAll() throws IOException {
		assertRefused("crafft-2.1.json", shipped("crafft-2.1", q -> item(q, 4).remove("enableBehavior")),
				"item 'relax': enableBehavior (any or all) is required");
	}

	@Test
	void aDayCountWithoutBoundsIsRefused() throws IOException {
		assertRefused("crafft-2.1.json", shipped("crafft-2.1", q -> item(q, 0).remove("extension")),
				"item 'alcohol-days': extension http://hl7.org/fhir/StructureDefinition/minValue is missing");
	}

	@Test
	void notJsonAtAllIsRefused() {
		assertRefused("x.json", "{ nope", "not valid JSON");
	}

	@Test
	void noInstrumentsAtAllIsRefused() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new InstrumentCatalog(JsonMapper.builder().build(), this.dir.toUri() + "nothing-*.json"))
			.withMessageContaining("No instruments found");
	}

}
