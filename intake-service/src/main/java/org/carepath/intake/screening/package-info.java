/**
 * Screenings: submission, the staff workflow, amendments, the patient's own results and
 * the {@code screening-completed.v1} event (docs/events.md). The
 * {@link org.carepath.intake.screening.Screening} aggregate owns its status and events;
 * controllers and {@code ScreeningProblems} are the only HTTP here.
 */
@ApplicationModule(displayName = "Screenings", allowedDependencies = { "alert", "fhir", "instrument", "scoring" })
package org.carepath.intake.screening;

import org.springframework.modulith.ApplicationModule;
