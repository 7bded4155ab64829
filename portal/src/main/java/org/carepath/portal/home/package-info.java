/**
 * The public home page.
 */
@ApplicationModule(allowedDependencies = {})
package org.carepath.portal.home;

import org.springframework.modulith.ApplicationModule;
