/**
 * What every page needs and no feature owns: the clients of the other CarePath services
 * and what their refusals mean ({@code ServiceClients}, {@code ServiceProblem}), the
 * portal's settings, security and error pages, dates and code words. Depends on no
 * feature, so every feature can depend on it.
 */
@ApplicationModule(allowedDependencies = "layout")
package org.carepath.portal.system;

import org.springframework.modulith.ApplicationModule;
