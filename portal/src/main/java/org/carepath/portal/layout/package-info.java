/**
 * The site layout: who is signed in and the navigation their roles bring. Read by every
 * page, depends on nothing else in the portal.
 */
@ApplicationModule(allowedDependencies = {})
package org.carepath.portal.layout;

import org.springframework.modulith.ApplicationModule;
