package org.carepath.support.safety;

/**
 * The development stack's demo-data import (docs/dashboard.md#demo-data): each service
 * may offer endpoints under {@value #PATHS}, outside {@code /api/**} so the gateway never
 * routes them, registered only when {@value #ENABLED} is {@code true} (e.g.
 * {@code @ConditionalOnBooleanProperty(DemoData.ENABLED)}). They need no token
 * ({@code ApiSecurity}); the {@code prod} profile refuses to start with the switch on
 * ({@link DemoDataGuard}).
 */
public final class DemoData {

	/** The switch, off unless set. */
	public static final String ENABLED = "carepath.demo-data.enabled";

	/** Where the import endpoints live. */
	public static final String PATHS = "/demo-data/**";

	private DemoData() {
	}

}
