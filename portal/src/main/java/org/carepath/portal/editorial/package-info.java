/**
 * Staff writing and reviewing education articles through the content service's editorial
 * workflow. Uses {@code learn} to preview a revision on the public article page's own
 * rendering path, and {@code check}'s intake client for the self-checks an article can
 * recommend.
 */
@ApplicationModule(allowedDependencies = { "system", "layout", "learn", "check" })
package org.carepath.portal.editorial;

import org.springframework.modulith.ApplicationModule;
