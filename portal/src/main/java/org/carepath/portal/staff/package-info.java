/**
 * The staff home, and a placeholder for each staff page not built yet.
 */
@ApplicationModule(allowedDependencies = "layout")
package org.carepath.portal.staff;

import org.springframework.modulith.ApplicationModule;
