/**
 * Staff writing and reviewing education articles through the content service's editorial
 * workflow.
 */
@ApplicationModule(allowedDependencies = { "system", "layout" })
package org.carepath.portal.editorial;

import org.springframework.modulith.ApplicationModule;
