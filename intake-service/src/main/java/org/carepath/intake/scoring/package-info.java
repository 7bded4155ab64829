/**
 * Scoring on the server (docs/clinical-rules.md): answers checked against an instrument,
 * totals, bands and the next step each band suggests, one place per instrument. Exposes
 * {@link org.carepath.intake.scoring.Scorer} and its results to screenings; knows nothing
 * of HTTP or storage.
 */
@ApplicationModule(displayName = "Scoring", allowedDependencies = "instrument")
package org.carepath.intake.scoring;

import org.springframework.modulith.ApplicationModule;
