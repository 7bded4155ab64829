package org.carepath.intake.screening;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.carepath.intake.instrument.InstrumentCatalog;

/** The id of an instrument the catalog offers; null and blank are left to others. */
@Documented
@Constraint(validatedBy = KnownInstrument.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface KnownInstrument {

	String message() default "unknown instrument; see GET /api/intake/instruments";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownInstrument, String> {

		private final InstrumentCatalog catalog;

		Validator(InstrumentCatalog catalog) {
			this.catalog = catalog;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || this.catalog.find(value).isPresent();
		}

	}

}
