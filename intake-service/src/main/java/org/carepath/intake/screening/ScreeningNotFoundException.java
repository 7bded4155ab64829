package org.carepath.intake.screening;

import java.util.UUID;

/** No screening has the id a staff member asked to change. */
class ScreeningNotFoundException extends RuntimeException {

	ScreeningNotFoundException(UUID id) {
		super("No screening " + id);
	}

}
