/** Cross-cutting configuration of the service (security); open to every module. */
@ApplicationModule(displayName = "System", type = ApplicationModule.Type.OPEN)
package org.carepath.intake.system;

import org.springframework.modulith.ApplicationModule;
