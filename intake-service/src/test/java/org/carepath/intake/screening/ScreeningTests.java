package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.carepath.intake.scoring.NextStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The aggregate's own rules, without a database. */
class ScreeningTests {

	@Test
	void aNewScreeningGoesOnlyToReview() {
		Screening screening = screening(false);
		assertThatExceptionOfType(TransitionNotAllowedException.class)
			.isThrownBy(() -> screening.changeStatus(Status.CLOSED, "Negative screen.", false))
			.satisfies(ex -> assertThat(ex.from()).isEqualTo(Status.NEW));
		screening.changeStatus(Status.IN_REVIEW, null, false);
		assertThat(screening.getStatus()).isEqualTo(Status.IN_REVIEW);
	}

	@Test
	void closingFromReviewNeedsTheReasonAsItsNote() {
		Screening screening = screening(false);
		screening.changeStatus(Status.IN_REVIEW, null, false);
		assertThatExceptionOfType(InvalidFieldsException.class)
			.isThrownBy(() -> screening.changeStatus(Status.CLOSED, null, false))
			.satisfies(ex -> assertThat(ex.problems()).extracting(InvalidFieldsException.FieldProblem::field)
				.containsExactly("note"));
		assertThat(screening.getStatus()).isEqualTo(Status.IN_REVIEW);
	}

	@Test
	void anOpenCrisisAlertKeepsTheScreeningFromBeingClosed() {
		Screening screening = screening(true);
		screening.changeStatus(Status.IN_REVIEW, null, true);
		assertThatExceptionOfType(OpenCrisisAlertException.class)
			.isThrownBy(() -> screening.changeStatus(Status.CLOSED, "Seen today.", true));
		assertThatNoException().isThrownBy(() -> screening.changeStatus(Status.CLOSED, "Seen today.", false));
	}

	@Test
	void aFinishedScreeningIsNotAmended() {
		Screening screening = screening(false);
		screening.changeStatus(Status.IN_REVIEW, null, false);
		screening.changeStatus(Status.CLOSED, "Negative screen.", false);
		assertThatExceptionOfType(AmendmentNotAllowedException.class)
			.isThrownBy(() -> screening.amend("{}", scored(false)));
		assertThat(screening.getRevision()).isOne();
	}

	@Test
	void aChangeOnAStaleCopyIsRefused() {
		Screening screening = screening(false);
		assertThatNoException().isThrownBy(() -> screening.checkVersion(null));
		assertThatExceptionOfType(StaleScreeningException.class).isThrownBy(() -> screening.checkVersion(3L));
	}

	private static Screening screening(boolean crisis) {
		return Screening.submitted(UUID.randomUUID(), "KXM-4827", "phq-9", "1", "self", null, Instant.now(), "{}",
				scored(crisis), null, null, null, null, null);
	}

	private static Screening.Scored scored(boolean crisis) {
		return new Screening.Scored(crisis ? 1 : 0, "minimal", false, crisis,
				crisis ? NextStep.URGENT_REVIEW : NextStep.REINFORCE, "meaning", "[]");
	}

}
