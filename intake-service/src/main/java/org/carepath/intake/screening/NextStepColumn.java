package org.carepath.intake.screening;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.carepath.intake.scoring.NextStep;

/** {@code next_step_code} holds the step's code, which the staff queue sorts by. */
@Converter
class NextStepColumn implements AttributeConverter<NextStep, String> {

	@Override
	public String convertToDatabaseColumn(NextStep step) {
		return step.code();
	}

	@Override
	public NextStep convertToEntityAttribute(String code) {
		return NextStep.of(code).orElseThrow(() -> new IllegalStateException("Unknown next step " + code));
	}

}
