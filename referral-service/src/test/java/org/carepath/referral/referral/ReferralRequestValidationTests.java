package org.carepath.referral.referral;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral request's own rules, without a database: every field at fault, one message
 * per field, in the order a form shows them.
 */
class ReferralRequestValidationTests {

	static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	static final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void everyFieldAtFaultIsListedOnceInTheRequestsOrder() {
		ReferralRequest request = new ReferralRequest(null, "x".repeat(21), UUID.randomUUID(),
				new ReferralRequest.Level("3", "9.9"), "curiosity",
				new ReferralRequest.Patient("", null, null, "not an address", "phone"),
				new ReferralRequest.Share(true, true),
				List.of(new ReferralRequest.Score("dast-10", null, 7, "substantial", null),
						new ReferralRequest.Score("tarot", "1", 41, " ", null)),
				null);

		assertThat(FieldProblem.of(ReferralRequest.class, validator.validate(request))).containsExactly(
				new FieldProblem("screeningId", "required"),
				new FieldProblem("screeningReference", "at most 20 characters"),
				new FieldProblem("levelOfCare", "not an ASAM level of care (edition and level code)"),
				new FieldProblem("reasonCategory",
						"must be one of [alcohol-use, co-occurring-mental-health, substance-use, youth-substance-use]"),
				new FieldProblem("patient.name", "required"),
				new FieldProblem("patient.phone", "required: it is the preferred contact"),
				new FieldProblem("patient.email", "must be an email address"),
				new FieldProblem("scores[1].instrument",
						"must be one of [audit, audit-c, crafft-2.1, dast-10, gad-7, phq-9]"),
				new FieldProblem("scores[1].score", "must be a score from 0 to 40"),
				new FieldProblem("scores[1].band", "required, at most 40 characters"));
	}

	@Test
	void aMissingLevelOfCareSaysSo() {
		ReferralRequest request = new ReferralRequest(UUID.randomUUID(), null, UUID.randomUUID(), null, "substance-use",
				new ReferralRequest.Patient("Alex Rivera", null, null, null, null),
				new ReferralRequest.Share(false, false), List.of(), null);

		assertThat(FieldProblem.of(ReferralRequest.class, validator.validate(request)))
			.containsExactly(new FieldProblem("levelOfCare", "the ASAM edition and level code are required"));
	}

	@Test
	void sharingScoresNeedsAtLeastOneAndAMissingOneIsNamedByItsPlace() {
		ReferralRequest none = new ReferralRequest(UUID.randomUUID(), null, UUID.randomUUID(),
				new ReferralRequest.Level("3", "2.1"), "substance-use",
				new ReferralRequest.Patient("Alex Rivera", null, null, null, null),
				new ReferralRequest.Share(false, true), List.of(), null);
		assertThat(FieldProblem.of(ReferralRequest.class, validator.validate(none)))
			.containsExactly(new FieldProblem("scores", "at least one score is required when scores are shared"));

		java.util.List<ReferralRequest.Score> withNull = new java.util.ArrayList<>();
		withNull.add(null);
		ReferralRequest missing = new ReferralRequest(UUID.randomUUID(), null, UUID.randomUUID(),
				new ReferralRequest.Level("3", "2.1"), "substance-use",
				new ReferralRequest.Patient("Alex Rivera", null, null, null, null),
				new ReferralRequest.Share(false, true), withNull, null);
		assertThat(FieldProblem.of(ReferralRequest.class, validator.validate(missing)))
			.containsExactly(new FieldProblem("scores[0]", "required"));
	}

}
