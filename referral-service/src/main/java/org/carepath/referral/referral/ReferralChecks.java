package org.carepath.referral.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;

import org.carepath.referral.consent.ConsentTerms;
import org.carepath.referral.consent.ConsentViolation;
import org.carepath.referral.consent.Disclosure;
import org.carepath.referral.program.ProgramDirectory;

import org.springframework.stereotype.Component;

/**
 * Decides whether a referral may be made as requested, and reports every reason it may
 * not at once, so a form can show them all: the request's own rules (its Bean Validation
 * constraints), the program's (it exists, accepts referrals, offers the level: only the
 * directory knows) and the consent gate's, asked through the {@link Disclosure} the
 * referral would make. The gate is asked here, once per request.
 */
@Component
class ReferralChecks {

	private final Validator validator;

	private final ProgramDirectory programs;

	private final ConsentTerms terms;

	private final Clock clock;

	ReferralChecks(Validator validator, ProgramDirectory programs, ConsentTerms terms, Clock clock) {
		this.validator = validator;
		this.programs = programs;
		this.terms = terms;
		this.clock = clock;
	}

	/**
	 * The program and the disclosure of a referral that may be made.
	 * @throws ReferralRefused listing every field and consent element at fault
	 */
	Approved approve(ReferralRequest request) {
		List<FieldProblem> problems = new ArrayList<>(
				FieldProblem.of(ReferralRequest.class, this.validator.validate(request)));
		Optional<ProgramDirectory.Listing> program = (request.programId() != null)
				? this.programs.find(request.programId()) : Optional.empty();
		if (request.programId() != null) {
			if (program.isEmpty()) {
				problems.add(new FieldProblem("programId", "no such program"));
			}
			else if (!program.get().acceptingReferrals()) {
				problems.add(new FieldProblem("programId", "the program does not accept new referrals"));
			}
		}
		ReferralRequest.Level level = request.levelOfCare();
		if (program.isPresent() && level != null && !has(problems, "levelOfCare")
				&& !program.get().offers(level.edition(), level.code())) {
			problems.add(new FieldProblem("levelOfCare", "the program does not offer this level of care"));
		}
		Disclosure disclosure = Disclosure.of(request.sharesContact(), request.sharesScores());
		ReferralRequest.Patient patient = request.patient();
		List<ConsentViolation> violations = disclosure.check(request.consent(),
				new Disclosure.Parties(this.terms.discloser(), (patient != null) ? patient.name() : null,
						request.programId(), program.map(ProgramDirectory.Listing::name).orElse(null)),
				LocalDate.now(this.clock));
		if (!problems.isEmpty() || !violations.isEmpty() || program.isEmpty()) {
			throw new ReferralRefused(FieldProblem.inFieldOrder(ReferralRequest.class, problems), violations);
		}
		return new Approved(program.get(), disclosure);
	}

	private static boolean has(List<FieldProblem> problems, String field) {
		return problems.stream().anyMatch(problem -> problem.field().equals(field));
	}

	/** A referral that passed every check: to this program, disclosing this. */
	record Approved(ProgramDirectory.Listing program, Disclosure disclosure) {
	}

}
