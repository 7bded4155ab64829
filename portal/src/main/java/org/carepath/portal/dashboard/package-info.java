/**
 * The clinic's dashboard ({@code /staff/dashboard}): figures for a period, assembled from
 * the aggregate endpoints of intake, referral and content (counts and durations only),
 * each drawn as a server-rendered SVG chart beside its data table, with a CSV download
 * whose small cells are suppressed ({@code SmallCells}). See docs/dashboard.md.
 */
@ApplicationModule(allowedDependencies = { "system", "layout", "screening" })
package org.carepath.portal.dashboard;

import org.springframework.modulith.ApplicationModule;
