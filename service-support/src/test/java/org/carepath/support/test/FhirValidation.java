package org.carepath.support.test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HL7's FHIR R4 instance validator (HAPI's {@code FhirInstanceValidator}, the engine of
 * the official validator) with the R4 core definitions bundled in
 * {@code hapi-fhir-validation-resources-r4}, working offline: structure, cardinality,
 * invariants (FHIRPath), core value sets and code systems (HL7 v3 and terminology.hl7.org
 * codes, UCUM, MIME types). Code systems outside the core (LOINC, SNOMED CT, CarePath's
 * own) need a terminology server, which the tests do not have: the validator can only
 * warn that it could not check them.
 * <p>
 * Building one loads every core definition (seconds): keep one per test class.
 */
public final class FhirValidation {

	private final FhirValidator validator;

	private FhirValidation(FhirValidator validator) {
		this.validator = validator;
	}

	/**
	 * A validator for R4 that also knows these canonical resources (e.g. the
	 * Questionnaires a QuestionnaireResponse answers, so that each answer is checked
	 * against its item, its options and the skip rules).
	 */
	public static FhirValidation r4(IBaseResource... conformanceResources) {
		FhirContext context = FhirContext.forR4Cached();
		// The chain caches its lookups itself (HAPI 8): no CachingValidationSupport.
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
				new CanonicalResources(context, conformanceResources), new CommonCodeSystemsTerminologyService(context),
				new InMemoryTerminologyServerValidationSupport(context),
				new SnapshotGeneratingValidationSupport(context));
		FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
		// Extensions CarePath defines but does not publish are reported, not refused.
		instanceValidator.setAnyExtensionsAllowed(true);
		return new FhirValidation(context.newValidator().registerValidatorModule(instanceValidator));
	}

	/** Every message at warning level or above, errors first. */
	public List<SingleValidationMessage> validate(String json) {
		List<SingleValidationMessage> messages = new ArrayList<>(this.validator.validateWithResult(json)
			.getMessages()
			.stream()
			.filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
			.toList());
		messages.sort((a, b) -> b.getSeverity().compareTo(a.getSeverity()));
		return messages;
	}

	/**
	 * No errors (or fatal errors), and no warning but the ones accepted: a new warning
	 * must be fixed or explained.
	 */
	public void assertValid(String json, List<AcceptedWarning> accepted) {
		List<SingleValidationMessage> messages = validate(json);
		assertThat(messages.stream().filter(FhirValidation::error).map(FhirValidation::describe)).as("errors")
			.isEmpty();
		List<String> unexplained = messages.stream()
			.filter(message -> accepted.stream().noneMatch(warning -> warning.matches(message)))
			.map(FhirValidation::describe)
			.toList();
		assertThat(unexplained).as("warnings nobody explained").isEmpty();
	}

	/** One line per message: severity, location, message id and text. */
	public static String describe(SingleValidationMessage message) {
		return message.getSeverity() + " " + message.getLocationString() + " [" + message.getMessageId() + "] "
				+ message.getMessage();
	}

	private static boolean error(SingleValidationMessage message) {
		return message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal();
	}

	/**
	 * Canonical resources by {@code url} and {@code url|version}, of any type:
	 * {@code PrePopulatedValidationSupport} keeps only code systems, value sets,
	 * structure definitions and search parameters, not the Questionnaires a response
	 * names.
	 */
	private static final class CanonicalResources implements IValidationSupport {

		private final FhirContext context;

		private final Map<String, IBaseResource> byUrl = new HashMap<>();

		CanonicalResources(FhirContext context, IBaseResource... resources) {
			this.context = context;
			for (IBaseResource resource : resources) {
				MetadataResource canonical = (MetadataResource) resource;
				this.byUrl.put(canonical.getUrl(), canonical);
				if (canonical.hasVersion()) {
					this.byUrl.put(canonical.getUrl() + "|" + canonical.getVersion(), canonical);
				}
			}
		}

		@Override
		public FhirContext getFhirContext() {
			return this.context;
		}

		@Override
		public String getName() {
			return "CarePath canonical resources";
		}

		@Override
		public <T extends IBaseResource> @Nullable T fetchResource(@Nullable Class<T> type, String url) {
			IBaseResource found = this.byUrl.get(url);
			if (found == null || (type != null && !type.isInstance(found))) {
				return null;
			}
			@SuppressWarnings("unchecked")
			T typed = (T) found;
			return typed;
		}

	}

	/**
	 * A warning the validator may give, and why it is acceptable.
	 *
	 * @param pattern a regular expression found in the warning's text
	 * @param because why the warning is acceptable (documentation for the reader)
	 */
	public record AcceptedWarning(Pattern pattern, String because) {

		public static AcceptedWarning of(String regex, String because) {
			return new AcceptedWarning(Pattern.compile(regex), because);
		}

		boolean matches(SingleValidationMessage message) {
			return message.getSeverity() == ResultSeverityEnum.WARNING
					&& this.pattern.matcher(message.getMessage()).find();
		}

	}

}
