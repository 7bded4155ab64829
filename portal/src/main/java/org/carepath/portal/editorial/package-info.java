/**
 * Staff writing and reviewing education articles through the content service's editorial
 * workflow. Uses {@code learn} to preview a revision on the public article page's own
 * rendering path.
 */
@ApplicationModule(allowedDependencies = { "system", "layout", "learn" })
package org.carepath.portal.editorial;

import org.springframework.modulith.ApplicationModule;
