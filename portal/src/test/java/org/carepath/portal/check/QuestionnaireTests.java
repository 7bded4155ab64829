package org.carepath.portal.check;

import java.io.IOException;
import java.io.InputStream;

import org.carepath.portal.check.IntakeApi.QuestionnaireResource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The form as the portal reads it from intake's FHIR Questionnaire. */
class QuestionnaireTests {

	static Questionnaire fixture(String name) {
		try (InputStream in = QuestionnaireTests.class.getResourceAsStream("/intake/" + name + ".json")) {
			return Questionnaire.of(JsonMapper.shared().readValue(in, QuestionnaireResource.class));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final Questionnaire crafft = fixture("crafft-2.1");

	@Test
	void crafftConditionalItemsShareOneNoteSayingWhenToAnswerThem() {
		Questionnaire.Item relax = this.crafft.item("relax");
		Questionnaire.Item alone = this.crafft.item("alone");

		assertThat(this.crafft.startsConditionalGroup(relax)).isTrue();
		assertThat(this.crafft.startsConditionalGroup(alone)).isFalse();
		assertThat(this.crafft.startsConditionalGroup(this.crafft.item("car"))).isFalse();
		assertThat(this.crafft.conditionNoteId(alone)).isEqualTo(this.crafft.conditionNoteId(relax));
		assertThat(this.crafft.conditionNote(relax))
			.isEqualTo("Answer these only if you entered more than 0 days above");
	}

	@Test
	void boundsAndTheTimeItTakesComeFromTheQuestionnairesExtensions() {
		Questionnaire.Item days = this.crafft.item("alcohol-days");

		assertThat(days.isInteger()).isTrue();
		assertThat(days.min()).isZero();
		assertThat(days.max()).isEqualTo(365);
		assertThat(this.crafft.minutes()).isEqualTo(2);
	}

	@Test
	void choicesKeepTheirCodeAndWordingButNotTheirPoints() {
		Questionnaire phq9 = fixture("phq-9");

		Questionnaire.Item item9 = phq9.item("9");
		assertThat(item9.options()).first().isEqualTo(new Questionnaire.Option("LA6568-5", "Not at all"));
		assertThat(phq9.questions()).hasSize(10);
		assertThat(phq9.title()).isEqualTo("PHQ-9 (depression)");
	}

}
