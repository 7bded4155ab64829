package org.carepath.portal.check;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The intake service's public questionnaire API as the portal reads and writes it. Names
 * follow the API; fields the service adds later are ignored. Only {@link Instrument} is
 * public: the editors choose an article's related self-checks from the list.
 */
public final class IntakeApi {

	private IntakeApi() {
	}

	/**
	 * {@code GET /api/intake/instruments}: a self-check the clinic offers, whom it is for
	 * ({@code minAge}, {@code maxAge} in years, {@code population} in words) and what it
	 * is about ({@code topics}: {@code alcohol}, {@code drugs}, {@code mood},
	 * {@code anxiety}).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Instrument(String id, String title, @Nullable String description, @Nullable String population,
			@Nullable Integer minAge, @Nullable Integer maxAge, @Nullable List<String> topics) {

		List<String> topicList() {
			return (this.topics != null) ? this.topics : List.of();
		}

	}

	/**
	 * {@code GET /api/intake/instruments/{id}}: the FHIR Questionnaire as intake ships
	 * it, read only as far as the form needs (FHIR has much more).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record QuestionnaireResource(String id, @Nullable String title, @Nullable String version,
			@Nullable String description, @Nullable String copyright, @Nullable List<Extension> extension,
			@Nullable List<QuestionnaireItem> item) {
	}

	/** A FHIR extension; the form reads only whole-number ones (bounds, minutes). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Extension(String url, @Nullable Integer valueInteger) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record QuestionnaireItem(String linkId, @Nullable String prefix, @Nullable String text, String type,
			@Nullable Boolean required, @Nullable List<Extension> extension, @Nullable List<AnswerOption> answerOption,
			@Nullable List<EnableWhen> enableWhen) {
	}

	/** An option's code and wording; its points ({@code ordinalValue}) are not read. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record AnswerOption(Coding valueCoding) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Coding(String code, @Nullable String display) {
	}

	/**
	 * When an item applies, read only to word the note above it. Intake evaluates the
	 * rule (see {@link SkippedAnswers}).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record EnableWhen(String question, String operator, @Nullable Integer answerInteger) {
	}

	/**
	 * {@code POST /api/intake/screenings}. {@code contact} stays null: a person gives
	 * contact details afterwards, on the result page, only if they want to.
	 */
	record SubmissionRequest(String instrument, String mode, Map<String, Answer> answers, Respondent respondent,
			@Nullable ContactRequest contact, SkippedAnswers skippedAnswers) {
	}

	/**
	 * An answer as intake takes it: the chosen option's code, or a whole number (CRAFFT's
	 * days).
	 */
	sealed interface Answer {

		record Code(String code) implements Answer {

			@JsonValue
			String json() {
				return this.code;
			}

		}

		record Count(int count) implements Answer {

			@JsonValue
			int json() {
				return this.count;
			}

		}

		/**
		 * What was typed in a number box that is not a whole number: sent as typed, so
		 * intake, which owns the rules, refuses it together with every other problem of
		 * the form instead of one round at a time. It is never stored: intake refuses the
		 * whole submission.
		 */
		record Typed(String text) implements Answer {

			@JsonValue
			String json() {
				return this.text;
			}

		}

	}

	/**
	 * What intake does with answers to items whose {@code enableWhen} is not met. The
	 * form shows every item (it works without JavaScript), so such answers can arrive;
	 * the portal asks intake, the owner of the skip rules, to drop them before scoring
	 * rather than evaluating the rules a second time itself.
	 */
	enum SkippedAnswers {

		REJECT, IGNORE;

		@JsonValue
		String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	record Respondent(@Nullable String sex, @Nullable String ageBand) {
	}

	/**
	 * {@code POST /api/intake/screenings/{id}/contact}: the optional "please contact me".
	 */
	record ContactRequest(@Nullable String name, @Nullable String phone, @Nullable String email,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String preferredTime, boolean consentToContact) {
	}

	/**
	 * What intake answers to a contact request: no contact details echoed, and when
	 * someone will look at it.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ContactReceipt(String screeningId, String reference, Instant recordedAt, @Nullable Review review) {
	}

	/**
	 * When someone at the clinic will look, by its opening hours (intake owns them): the
	 * sentence to show, and whether the clinic is open now.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Review(boolean clinicOpen, @Nullable String text) {
	}

	/**
	 * The result of a submitted screening; {@code crisisPanel} only when {@code crisis}.
	 * {@code id} is the screening's unguessable id, returned only to whoever submitted
	 * it.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record SubmissionResult(@Nullable CrisisPanel crisisPanel, @Nullable String id, String reference, String instrument,
			@Nullable String version, @Nullable Integer score, @Nullable Integer maxScore, @Nullable String band,
			boolean positive, boolean crisis, @Nullable Step nextStep, @Nullable Review review,
			@Nullable String interpretation, @Nullable List<String> notes, @Nullable List<Resource> resources,
			@Nullable List<Article> relatedArticles) {
	}

	record CrisisPanel(String statement, @Nullable List<Resource> contacts) {
	}

	record Step(String code, String text) {
	}

	/** A helpline or service: {@code number} to show, {@code href} to follow. */
	record Resource(String name, @Nullable String number, @Nullable String description, @Nullable String href,
			@Nullable String kind) {
	}

	record Article(String slug, String title) {
	}

}
