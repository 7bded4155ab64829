/**
 * The public self-checks and the staff-administered screening: the questionnaire form,
 * its submission to intake, the result and the optional "please contact me".
 */
@ApplicationModule(allowedDependencies = { "system", "layout", "pageviews" })
package org.carepath.portal.check;

import org.springframework.modulith.ApplicationModule;
