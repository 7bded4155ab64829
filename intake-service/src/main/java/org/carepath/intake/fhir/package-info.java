/**
 * A screening as FHIR R4 resources with the Part 2 security labels
 * (docs/part2-consent.md); built from an instrument and the exported screening.
 */
@ApplicationModule(displayName = "FHIR export", allowedDependencies = "instrument")
package org.carepath.intake.fhir;

import org.springframework.modulith.ApplicationModule;
