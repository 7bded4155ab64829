/**
 * Configuration of the service as a whole: security, Kafka consumers, validation. Used by
 * no other module.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package org.carepath.referral.system;

import org.springframework.modulith.ApplicationModule;
