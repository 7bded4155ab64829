package org.carepath.intake.instrument;

/** A code from a terminology (FHIR Coding), e.g. LOINC {@code 44260-8}. */
public record Coding(String system, String code, String display) {

	public static final String LOINC = "http://loinc.org";

	public boolean is(String system, String code) {
		return this.system.equals(system) && this.code.equals(code);
	}

}
