/**
 * The screening instruments as data (FHIR Questionnaires), and the one evaluation of
 * their skip rules ({@link org.carepath.intake.instrument.Item#asked}). Depends on no
 * other module.
 */
@ApplicationModule(displayName = "Instruments", allowedDependencies = {})
package org.carepath.intake.instrument;

import org.springframework.modulith.ApplicationModule;
