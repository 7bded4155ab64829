/**
 * A signed-in patient's own check-ins.
 */
@ApplicationModule(allowedDependencies = "system")
package org.carepath.portal.me;

import org.springframework.modulith.ApplicationModule;
