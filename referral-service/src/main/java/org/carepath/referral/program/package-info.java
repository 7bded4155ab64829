/**
 * The partner program directory. Other modules see it only through its named interface
 * {@code api}: {@link org.carepath.referral.program.ProgramDirectory}.
 */
@ApplicationModule(displayName = "Program directory", allowedDependencies = {})
package org.carepath.referral.program;

import org.springframework.modulith.ApplicationModule;
