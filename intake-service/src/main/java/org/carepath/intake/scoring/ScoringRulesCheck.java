package org.carepath.intake.scoring;

import org.carepath.intake.instrument.InstrumentCatalog;

import org.springframework.stereotype.Component;

/**
 * At start, every instrument the catalog offers must have scoring rules that fit its data
 * (bands covering every possible total, PHQ-9 item 9 present and scored...). A mismatch
 * stops the service instead of mis-scoring someone.
 */
@Component
class ScoringRulesCheck {

	ScoringRulesCheck(InstrumentCatalog catalog) {
		catalog.all().forEach(Scorer::checkScorable);
	}

}
