package org.carepath.support.fhir;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Meta;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class Part2SecurityLabelsTest {

	@Test
	void everyResourceIsRestrictedPart2SubstanceUseAndNotToBeRedisclosed() {
		assertThat(Part2SecurityLabels.meta().getSecurity()).extracting(Coding::getSystem, Coding::getCode)
			.containsExactly(tuple("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R"),
					tuple("http://terminology.hl7.org/CodeSystem/v3-ActCode", "42CFRPart2"),
					tuple("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUD"),
					tuple("http://terminology.hl7.org/CodeSystem/v3-ActCode", "NORDSCLCD"));
	}

	@Test
	void eachResourceGetsItsOwnLabelsBecauseFhirElementsAreMutable() {
		Meta first = Part2SecurityLabels.meta();
		Meta second = Part2SecurityLabels.meta();
		first.getSecurityFirstRep().setCode("changed");
		assertThat(second.getSecurityFirstRep().getCode()).isEqualTo("R");
	}

}
