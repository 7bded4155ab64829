package org.carepath.intake.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five Questionnaire files as stored: the FHIR shape the public form and other
 * systems read, and the clinical facts docs/clinical-rules.md#instruments gives (codes,
 * licences, item scores). A change to a file that breaks one of these is a change to how
 * people are scored.
 */
class InstrumentFilesTests {

	static final List<String> IDS = List.of("audit-c", "crafft-2.1", "dast-10", "gad-7", "phq-9");

	static final String LOINC = "http://loinc.org";

	static final String FHIR = "http://hl7.org/fhir/StructureDefinition/";

	static final String ORDINAL = FHIR + "ordinalValue";

	static final String CAREPATH = "https://carepath.example/fhir/StructureDefinition/";

	static final List<String> FREQUENCY = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");

	static JsonNode file(String id) {
		try (InputStream in = InstrumentFilesTests.class.getResourceAsStream("/instruments/" + id + ".json")) {
			assertThat(in).as(id + ".json on the classpath").isNotNull();
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<String> ids() {
		return IDS.stream();
	}

	static List<JsonNode> questions(JsonNode questionnaire) {
		return questionnaire.path("item")
			.values()
			.stream()
			.filter(item -> !"display".equals(item.path("type").asString()))
			.toList();
	}

	static JsonNode item(JsonNode questionnaire, String linkId) {
		return questionnaire.path("item")
			.values()
			.stream()
			.filter(item -> linkId.equals(item.path("linkId").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no item " + linkId));
	}

	static String extensionString(JsonNode node, String url, String field) {
		return node.path("extension")
			.values()
			.stream()
			.filter(extension -> url.equals(extension.path("url").asString()))
			.map(extension -> extension.path(field).asString())
			.findFirst()
			.orElse(null);
	}

	static JsonNode ordinal(JsonNode option) {
		return option.path("extension")
			.values()
			.stream()
			.filter(extension -> ORDINAL.equals(extension.path("url").asString()))
			.map(extension -> extension.path("valueDecimal"))
			.findFirst()
			.orElse(null);
	}

	@Test
	void exactlyTheFiveInstrumentsAreShipped() {
		assertThat(TestInstruments.catalog().all()).extracting(Instrument::id).containsExactlyElementsOf(IDS);
	}

	@ParameterizedTest
	@MethodSource("ids")
	void eachFileIsAnActiveFhirQuestionnaireWithItsIdVersionAndLicence(String id) {
		JsonNode questionnaire = file(id);
		assertThat(questionnaire.path("resourceType").asString()).isEqualTo("Questionnaire");
		assertThat(questionnaire.path("id").asString()).isEqualTo(id);
		assertThat(questionnaire.path("url").asString()).isEqualTo("https://carepath.example/fhir/Questionnaire/" + id);
		assertThat(questionnaire.path("version").asString()).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(questionnaire.path("status").asString()).isEqualTo("active");
		for (String field : List.of("name", "title", "description", "copyright")) {
			assertThat(questionnaire.path(field).asString()).as(field).isNotBlank();
		}
		assertThat(extensionString(questionnaire, CAREPATH + "population", "valueString")).isNotBlank();
		assertThat(questionnaire.path("extension")
			.values()
			.stream()
			.anyMatch(extension -> (CAREPATH + "estimated-minutes").equals(extension.path("url").asString())
					&& extension.path("valueInteger").intValue() > 0))
			.isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "audit-c, Bush", "audit-c, public domain", "crafft-2.1, Boston Children's Hospital",
			"crafft-2.1, must not be altered", "dast-10, 1982 Harvey A. Skinner",
			"dast-10, Centre for Addiction and Mental Health", "dast-10, non-commercial", "gad-7, Spitzer",
			"gad-7, Pfizer", "phq-9, Spitzer", "phq-9, Pfizer" })
	void eachFileCarriesTheAttributionItsLicenceAsks(String id, String text) {
		assertThat(file(id).path("copyright").asString()).contains(text);
	}

	@ParameterizedTest
	@CsvSource({ "dast-10, 82666-9, 82667-7, P12M", "audit-c, 72109-2, 75626-2, P12M", "phq-9, 44249-1, 44261-6, P2W",
			"gad-7, 69737-5, 70274-6, P2W", "crafft-2.1, 71942-7, , P12M" })
	void eachFileCarriesItsLoincPanelTotalScoreCodeAndLookBack(String id, String panel, String total, String lookBack) {
		JsonNode questionnaire = file(id);
		JsonNode code = questionnaire.path("code").get(0);
		assertThat(code.path("system").asString()).isEqualTo(LOINC);
		assertThat(code.path("code").asString()).isEqualTo(panel);
		JsonNode totalCode = questionnaire.path("extension")
			.values()
			.stream()
			.filter(extension -> (CAREPATH + "total-score-code").equals(extension.path("url").asString()))
			.map(extension -> extension.path("valueCoding").path("code"))
			.findFirst()
			.orElse(null);
		if (total == null) {
			assertThat(totalCode).as("no total-score LOINC is known").isNull();
		}
		else {
			assertThat(totalCode.asString()).isEqualTo(total);
		}
		assertThat(extensionString(questionnaire, CAREPATH + "look-back", "valueString")).isEqualTo(lookBack);
	}

	@Test
	void crafftPanelCodeIsFlaggedForReviewAsTheOriginalCrafft() {
		JsonNode code = file("crafft-2.1").path("code").get(0);
		assertThat(extensionString(code, CAREPATH + "code-review", "valueString")).contains("original CRAFFT")
			.contains("2.1");
	}

	@ParameterizedTest
	@CsvSource({ "dast-10, 10", "audit-c, 3", "phq-9, 10", "gad-7, 7", "crafft-2.1, 9" })
	void eachInstrumentHasItsPublishedNumberOfQuestions(String id, int questions) {
		assertThat(questions(file(id))).hasSize(questions);
	}

	@ParameterizedTest
	@MethodSource("ids")
	void everyChoiceOptionHasACodedAnswerAndAWholeOrdinalValueExceptPhq9Item10(String id) {
		for (JsonNode item : questions(file(id))) {
			assertThat(item.path("text").asString()).as(id + " item text").isNotBlank();
			if (!"choice".equals(item.path("type").asString())) {
				continue;
			}
			boolean difficulty = id.equals("phq-9") && item.path("linkId").asString().equals("10");
			for (JsonNode option : item.path("answerOption").values()) {
				String where = id + " item " + item.path("linkId").asString() + " option";
				JsonNode coding = option.path("valueCoding");
				assertThat(List.of(coding.path("system").asString(), coding.path("code").asString(),
						coding.path("display").asString()))
					.as(where)
					.allSatisfy(value -> assertThat(value).isNotBlank());
				if (difficulty) {
					assertThat(ordinal(option)).as(where + " is unscored").isNull();
				}
				else {
					assertThat(ordinal(option)).as(where + " ordinalValue").isNotNull();
					assertThat(ordinal(option).decimalValue().stripTrailingZeros().scale()).as(where + " is whole")
						.isLessThanOrEqualTo(0);
				}
			}
		}
	}

	@Test
	void phq9Item10IsPresentOptionalAndFlaggedUnscored() {
		JsonNode item10 = item(file("phq-9"), "10");
		assertThat(item10.path("code").get(0).path("code").asString()).isEqualTo("69722-7");
		assertThat(item10.path("required").asBoolean()).isFalse();
		assertThat(extensionString(item10, CAREPATH + "unscored", "valueBoolean")).isEqualTo("true");
	}

	@ParameterizedTest
	@CsvSource({ "phq-9, 9, 44260-8", "phq-9, 10, 69722-7", "audit-c, 1, 68518-0", "audit-c, 2, 68519-8",
			"audit-c, 3, 68520-6" })
	void itemsCarryTheLoincCodesDomainGives(String id, String linkId, String loinc) {
		JsonNode code = item(file(id), linkId).path("code").get(0);
		assertThat(code.path("system").asString()).isEqualTo(LOINC);
		assertThat(code.path("code").asString()).isEqualTo(loinc);
	}

	@ParameterizedTest
	@ValueSource(strings = { "phq-9", "gad-7" })
	void phq9AndGad7ItemsUseTheLoincFrequencyAnswersScoredZeroToThree(String id) {
		for (JsonNode item : questions(file(id))) {
			if (id.equals("phq-9") && item.path("linkId").asString().equals("10")) {
				continue;
			}
			List<String> codes = new ArrayList<>();
			List<Integer> points = new ArrayList<>();
			for (JsonNode option : item.path("answerOption").values()) {
				assertThat(option.path("valueCoding").path("system").asString()).isEqualTo(LOINC);
				codes.add(option.path("valueCoding").path("code").asString());
				points.add(ordinal(option).intValue());
			}
			assertThat(codes).as(id + " item " + item.path("linkId").asString()).isEqualTo(FREQUENCY);
			assertThat(points).isEqualTo(List.of(0, 1, 2, 3));
		}
		assertThat(item(file(id), "1").path("answerOption").get(0).path("valueCoding").path("display").asString())
			.isEqualTo("Not at all");
	}

	@Test
	void auditCItemsEachHaveFiveOptionsScoredZeroToFour() {
		for (JsonNode item : questions(file("audit-c"))) {
			assertThat(item.path("answerOption").values().stream().map(option -> ordinal(option).intValue()).toList())
				.isEqualTo(List.of(0, 1, 2, 3, 4));
		}
	}

	@Test
	void dast10ScoresOnePerYesExceptItem3WhereNoScores() {
		for (JsonNode item : questions(file("dast-10"))) {
			Map<String, Integer> points = new java.util.HashMap<>();
			item.path("answerOption")
				.values()
				.forEach(option -> points.put(option.path("valueCoding").path("display").asString(),
						ordinal(option).intValue()));
			if (item.path("linkId").asString().equals("3")) {
				assertThat(item.path("text").asString())
					.isEqualTo("Are you always able to stop using drugs when you want to?");
				assertThat(points).isEqualTo(Map.of("Yes", 0, "No", 1));
			}
			else {
				assertThat(points).as("item " + item.path("linkId").asString()).isEqualTo(Map.of("Yes", 1, "No", 0));
			}
		}
	}

	@Test
	void crafftPartACountsDaysFromZeroTo365AndIsNeverScored() {
		JsonNode crafft = file("crafft-2.1");
		for (String linkId : List.of("alcohol-days", "cannabis-days", "other-days")) {
			JsonNode item = item(crafft, linkId);
			assertThat(item.path("type").asString()).isEqualTo("integer");
			assertThat(item.has("answerOption")).isFalse();
			assertThat(extensionString(item, FHIR + "minValue", "valueInteger")).isEqualTo("0");
			assertThat(extensionString(item, FHIR + "maxValue", "valueInteger")).isEqualTo("365");
		}
	}

	@Test
	void crafftAsksOnlyTheCarQuestionWhenNoPartADayIsAboveZero() {
		JsonNode crafft = file("crafft-2.1");
		assertThat(item(crafft, "car").has("enableWhen")).isFalse();
		for (String linkId : List.of("relax", "alone", "forget", "family-friends", "trouble")) {
			JsonNode item = item(crafft, linkId);
			assertThat(item.path("enableBehavior").asString()).as(linkId).isEqualTo("any");
			assertThat(item.path("enableWhen")
				.values()
				.stream()
				.map(condition -> condition.path("question").asString() + condition.path("operator").asString()
						+ condition.path("answerInteger").asInt(-1))
				.toList()).as(linkId).containsExactly("alcohol-days>0", "cannabis-days>0", "other-days>0");
		}
		for (String linkId : List.of("car", "relax", "alone", "forget", "family-friends", "trouble")) {
			assertThat(item(crafft, linkId).path("answerOption")
				.values()
				.stream()
				.map(option -> option.path("valueCoding").path("display").asString() + "=" + ordinal(option).intValue())
				.toList()).as(linkId).containsExactlyInAnyOrder("Yes=1", "No=0");
		}
	}

	@Test
	void theFilesCarryNothingJavaSpecific() {
		for (String id : IDS) {
			String json = file(id).toString();
			assertThat(json).doesNotContain("org.carepath", "java.", "@class");
		}
	}

}
