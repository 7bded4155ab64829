/**
 * Article page views and self-checks started from an article, counted where the portal
 * serves the page (docs/dashboard.md#education): an in-memory increment per article and
 * clinic day, sent to the content service in batches as the portal itself.
 */
@ApplicationModule(allowedDependencies = "system")
package org.carepath.portal.pageviews;

import org.springframework.modulith.ApplicationModule;
