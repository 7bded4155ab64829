package org.carepath.support.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.codesystems.V3ActCode;
import org.hl7.fhir.r4.model.codesystems.V3Confidentiality;

/**
 * The security labels of every FHIR resource CarePath produces
 * (docs/part2-consent.md#security-labels): restricted, protected by 42 CFR Part 2,
 * substance use disorder information, no redisclosure without the patient's consent.
 * Every record of a Part 2 program is labelled alike, whatever it is about. Systems,
 * codes and displays come from HAPI's HL7 terminology enums rather than hand-typed
 * strings.
 */
public final class Part2SecurityLabels {

	private Part2SecurityLabels() {
	}

	public static List<Coding> all() {
		return List.of(
				coding(V3Confidentiality.R.getSystem(), V3Confidentiality.R.toCode(), V3Confidentiality.R.getDisplay()),
				actCode(V3ActCode._42CFRPART2), actCode(V3ActCode.SUD), actCode(V3ActCode.NORDSCLCD));
	}

	/**
	 * A fresh Meta carrying every label (FHIR elements are mutable: never share one
	 * between resources).
	 */
	public static Meta meta() {
		Meta meta = new Meta();
		all().forEach(meta::addSecurity);
		return meta;
	}

	private static Coding actCode(V3ActCode code) {
		return coding(code.getSystem(), code.toCode(), code.getDisplay());
	}

	private static Coding coding(String system, String code, String display) {
		return new Coding(system, code, display);
	}

}
