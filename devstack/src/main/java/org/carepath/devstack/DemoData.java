package org.carepath.devstack;

import java.util.Set;

/**
 * {@code ./carepath up --demo-data}: once the stack is ready, twelve weeks of made-up
 * clinic activity are imported through each service's dev-only import
 * (docs/dev-stack.md).
 */
final class DemoData {

	/** The services that take an import, and the setting that turns theirs on. */
	static final Set<App> IMPORTING = Set.of(App.INTAKE, App.REFERRAL, App.CONTENT);

	static final String ENABLED = "--carepath.demo-data.enabled=true";

	private DemoData() {
	}

}
