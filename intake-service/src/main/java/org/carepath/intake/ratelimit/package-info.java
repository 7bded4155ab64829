/** Per-client rate limit of the anonymous endpoints. */
@ApplicationModule(displayName = "Rate limit", allowedDependencies = {})
package org.carepath.intake.ratelimit;

import org.springframework.modulith.ApplicationModule;
