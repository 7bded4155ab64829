package org.carepath.intake.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.carepath.intake.instrument.Coding;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.Item;
import org.carepath.intake.instrument.TestInstruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rules and the data are checked against each other at start, so a data change cannot
 * silently re-band anyone.
 */
class ScoringRulesTests {

	static Instrument withItems(Instrument instrument, List<Item> items) {
		return new Instrument(instrument.id(), instrument.url(), instrument.version(), instrument.name(),
				instrument.title(), instrument.description(), instrument.copyright(), instrument.codes(),
				instrument.totalScoreCode(), instrument.lookBack(), instrument.population(),
				instrument.estimatedMinutes(), items, instrument.minAge(), instrument.maxAge(), instrument.topics());
	}

	@Test
	void everyShippedInstrumentFitsItsRules() {
		assertThat(TestInstruments.catalog().all()).allSatisfy(Scorer::checkScorable);
	}

	@Test
	void aPhq9WithoutItem9IsRefused() {
		Instrument phq9 = TestInstruments.get("phq-9");
		List<Item> items = phq9.items().stream().filter(item -> !item.hasCode(Coding.LOINC, "44260-8")).toList();
		assertThatIllegalStateException().isThrownBy(() -> Scorer.checkScorable(withItems(phq9, items)))
			.withMessageContaining("phq-9");
	}

	@Test
	void bandsThatNoLongerMatchTheHighestPossibleScoreAreRefused() {
		Instrument gad7 = TestInstruments.get("gad-7");
		List<Item> items = gad7.items().stream().filter(item -> !item.linkId().equals("7")).toList();
		assertThatIllegalStateException().isThrownBy(() -> Scorer.checkScorable(withItems(gad7, items)))
			.withMessageContaining("bands end at 21 but the items add up to at most 18");
	}

	@Test
	void anInstrumentWithoutRulesIsRefused() {
		Instrument gad7 = TestInstruments.get("gad-7");
		Instrument unknown = new Instrument("audit", gad7.url(), gad7.version(), gad7.name(), gad7.title(),
				gad7.description(), gad7.copyright(), gad7.codes(), null, gad7.lookBack(), gad7.population(),
				gad7.estimatedMinutes(), gad7.items(), gad7.minAge(), gad7.maxAge(), gad7.topics());
		assertThatIllegalStateException().isThrownBy(() -> Scorer.checkScorable(unknown))
			.withMessage("No scoring rules for instrument audit");
	}

	@Test
	void nextStepsUseOnlyTheFourCodes() {
		assertThat(List.of(NextStep.REINFORCE, NextStep.BRIEF_INTERVENTION, NextStep.ASSESSMENT_REFERRAL,
				NextStep.URGENT_REVIEW))
			.extracting(NextStep::code)
			.containsExactly("reinforce", "brief-intervention", "assessment-referral", "urgent-review");
	}

}
