package org.carepath.intake.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.codesystems.ObservationCategory;
import org.hl7.fhir.r4.model.codesystems.V3ObservationInterpretation;

import org.carepath.intake.instrument.AnswerOption;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.Item;
import org.carepath.support.fhir.Narratives;
import org.carepath.support.fhir.Part2SecurityLabels;

import org.springframework.stereotype.Component;

/**
 * A screening as a FHIR R4 Bundle (type {@code collection},
 * docs/clinical-rules.md#fhir-export): the QuestionnaireResponse with every answered
 * item, one Observation with the total score, and for PHQ-9 one more with item 9 (LOINC
 * 44260-8), the suicide-risk answer a reader must not have to dig out of the response.
 * Every resource carries the Part 2 security labels
 * (docs/part2-consent.md#security-labels). Nobody is named: the person screened is not
 * identified, staff appear by username only. Each resource has a generated narrative
 * saying what its data says.
 */
@Component
public class FhirExport {

	static final String CAREPATH = "https://carepath.example/fhir/";

	/** The screening's reference code, as the person was told it. */
	static final String SCREENING_REFERENCE = CAREPATH + "sid/screening-reference";

	static final String STAFF_USERNAME = CAREPATH + "sid/staff-username";

	/** Local codes for scores that have no LOINC code (CRAFFT 2.1's Part B total). */
	static final String SCORE_CODES = CAREPATH + "CodeSystem/screening-score";

	/**
	 * The instrument's band codes, e.g. {@code moderately-severe}; the band tables live
	 * in the scoring package.
	 */
	static final String BAND_CODES = CAREPATH + "CodeSystem/score-band";

	static final String FLAG_CODES = CAREPATH + "CodeSystem/screening-flag";

	static final String UCUM = "http://unitsofmeasure.org";

	static final String SCORE_UNIT = "{score}";

	static final String LOINC = "http://loinc.org";

	static final String PHQ9_ITEM_9 = "44260-8";

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private final FhirContext fhir;

	private final Clock clock;

	FhirExport(FhirContext fhir, Clock clock) {
		this.fhir = fhir;
		this.clock = clock;
	}

	/** The Bundle as FHIR JSON ({@code application/fhir+json}). */
	public byte[] json(ExportedScreening screening, Instrument instrument) {
		// Parsers are cheap and not thread-safe: one per call.
		return this.fhir.newJsonParser()
			.encodeResourceToString(bundle(screening, instrument))
			.getBytes(StandardCharsets.UTF_8);
	}

	Bundle bundle(ExportedScreening screening, Instrument instrument) {
		Bundle bundle = new Bundle();
		bundle.setMeta(Part2SecurityLabels.meta());
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestampElement(instant(this.clock.instant()));
		String responseUrl = urn(screening.id());
		add(bundle, responseUrl, questionnaireResponse(screening, instrument));
		add(bundle, urn(derivedId(screening, "total")), totalScore(screening, instrument, responseUrl));
		phq9Item9(screening, instrument, responseUrl)
			.ifPresent(observation -> add(bundle, urn(derivedId(screening, PHQ9_ITEM_9)), observation));
		return bundle;
	}

	private QuestionnaireResponse questionnaireResponse(ExportedScreening screening, Instrument instrument) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setMeta(Part2SecurityLabels.meta());
		response.setIdentifier(new Identifier().setSystem(SCREENING_REFERENCE).setValue(screening.reference()));
		// The version answered, which is the one stored with the screening.
		response.setQuestionnaire(instrument.url() + "|" + screening.instrumentVersion());
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setAuthoredElement(dateTime(screening.completedAt()));
		// Staff-administered: staff read the questions and entered the answers the person
		// gave. Self-report: the person answered and entered the answers themselves.
		response.setAuthor(author(screening));
		response.setSource(personScreened());
		List<String> narrative = new ArrayList<>();
		narrative.add(instrument.title() + ", version " + screening.instrumentVersion() + ", completed "
				+ screening.completedAt() + ".");
		for (Item item : instrument.questions()) {
			Object answer = screening.answers().get(item.linkId());
			if (answer == null) {
				// Not asked (a skip rule) or left out (an optional item): FHIR omits
				// unanswered items.
				continue;
			}
			QuestionnaireResponse.QuestionnaireResponseItemComponent answered = response.addItem()
				.setLinkId(item.linkId())
				.setText(item.text());
			if (answer instanceof Number number) {
				answered.addAnswer().setValue(new IntegerType(number.intValue()));
				narrative.add(item.text() + ": " + number.intValue());
			}
			else {
				Coding coding = answerCoding(item, answer.toString());
				answered.addAnswer().setValue(coding);
				narrative.add(item.text() + ": " + (coding.hasDisplay() ? coding.getDisplay() : coding.getCode()));
			}
		}
		response.setText(Narratives.generated(narrative));
		return response;
	}

	private Observation totalScore(ExportedScreening screening, Instrument instrument, String responseUrl) {
		Observation observation = observation(screening, responseUrl);
		org.carepath.intake.instrument.Coding total = instrument.totalScoreCode();
		if (total != null) {
			observation.setCode(concept(total.system(), total.code(), total.display()));
		}
		else {
			// No LOINC code is known for this total (CRAFFT 2.1: 71942-7 is the original
			// CRAFFT's panel and no
			// CRAFFT 2.1 total-score code was found), so a local CarePath code says what
			// it is.
			observation.setCode(concept(SCORE_CODES, instrument.id() + "-total", instrument.title() + " total score"));
		}
		observation.setValue(
				new Quantity().setValue(screening.score()).setUnit(SCORE_UNIT).setSystem(UCUM).setCode(SCORE_UNIT));
		observation.addInterpretation(concept(BAND_CODES, screening.band(), screening.band().replace('-', ' ')));
		V3ObservationInterpretation result = screening.positive() ? V3ObservationInterpretation.POS
				: V3ObservationInterpretation.NEG;
		observation.addInterpretation(concept(result.getSystem(), result.toCode(), result.getDisplay()));
		screening.notes().forEach(note -> observation.addNote(new Annotation().setText(note)));
		observation.setText(Narratives.generated(instrument.title() + " total score: " + screening.score() + " ("
				+ screening.band().replace('-', ' ') + ", " + (screening.positive() ? "positive" : "negative") + ")."));
		return observation;
	}

	/**
	 * PHQ-9 item 9 (thoughts of being better off dead or of self-harm) as an Observation
	 * of its own: any answer above "Not at all" is a safety event whatever the total
	 * (docs/clinical-rules.md#crisis-safety), and a receiving system can find it by its
	 * LOINC code without reading the QuestionnaireResponse.
	 */
	private Optional<Observation> phq9Item9(ExportedScreening screening, Instrument instrument, String responseUrl) {
		Optional<Item> item = instrument.itemWithCode(LOINC, PHQ9_ITEM_9);
		if (item.isEmpty() || !(screening.answers().get(item.get().linkId()) instanceof String code)) {
			return Optional.empty();
		}
		Observation observation = observation(screening, responseUrl);
		observation.setCode(concept(LOINC, PHQ9_ITEM_9, item.get().text()));
		observation.setValue(new CodeableConcept(answerCoding(item.get(), code)));
		Integer points = item.get().option(code).map(AnswerOption::ordinalValue).orElse(null);
		Coding answer = observation.getValueCodeableConcept().getCodingFirstRep();
		String narrative = item.get().text() + ": " + (answer.hasDisplay() ? answer.getDisplay() : answer.getCode());
		if (points != null && points > 0) {
			String flag = "Safety event: same-day clinician review";
			observation.addInterpretation(concept(FLAG_CODES, "safety-event", flag));
			narrative += ". " + flag + ".";
		}
		observation.setText(Narratives.generated(narrative));
		return Optional.of(observation);
	}

	private Observation observation(ExportedScreening screening, String responseUrl) {
		Observation observation = new Observation();
		observation.setMeta(Part2SecurityLabels.meta());
		observation.setStatus(Observation.ObservationStatus.FINAL);
		ObservationCategory survey = ObservationCategory.SURVEY;
		observation.addCategory(concept(survey.getSystem(), survey.toCode(), survey.getDisplay()));
		observation.setEffective(dateTime(screening.completedAt()));
		// Scored on the server when the screening was submitted.
		observation.setIssuedElement(instant(screening.completedAt()));
		observation.addDerivedFrom(new Reference(responseUrl));
		// About the person screened, asserted by whoever entered the answers: the same
		// references as the response's source and author, so nobody is identified here
		// either.
		observation.setSubject(personScreened());
		observation.addPerformer(author(screening));
		return observation;
	}

	private static Coding answerCoding(Item item, String code) {
		return item.option(code)
			.map(AnswerOption::coding)
			.map(coding -> new Coding(coding.system(), coding.code(), coding.display()))
			// Answers were checked against the options when stored; should the wording
			// change, keep the code.
			.orElseGet(() -> new Coding().setCode(code));
	}

	private static Reference author(ExportedScreening screening) {
		if (screening.staffAdministered() && screening.administeredBy() != null) {
			return new Reference().setType("Practitioner")
				.setIdentifier(new Identifier().setSystem(STAFF_USERNAME).setValue(screening.administeredBy()));
		}
		return personScreened();
	}

	private static Reference personScreened() {
		// Deliberately no identifier or name: the export says who answered, not who the
		// person is.
		return new Reference().setType("Patient").setDisplay("the person screened");
	}

	private static CodeableConcept concept(String system, String code, String display) {
		return new CodeableConcept(new Coding(system, code, display)).setText(display);
	}

	private static void add(Bundle bundle, String fullUrl, Resource resource) {
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
	}

	/** Stable ids for the derived resources: exporting twice gives the same fullUrls. */
	private static UUID derivedId(ExportedScreening screening, String what) {
		return UUID.nameUUIDFromBytes(
				("screening/" + screening.id() + "/observation/" + what).getBytes(StandardCharsets.UTF_8));
	}

	private static String urn(UUID id) {
		return "urn:uuid:" + id;
	}

	private static DateTimeType dateTime(Instant instant) {
		return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
	}

	private static InstantType instant(Instant instant) {
		return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
	}

}
