/**
 * The public education pages: published articles, search and topics.
 */
@ApplicationModule(allowedDependencies = { "system", "layout", "pageviews" })
package org.carepath.portal.learn;

import org.springframework.modulith.ApplicationModule;
