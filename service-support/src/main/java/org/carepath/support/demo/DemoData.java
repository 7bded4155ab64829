package org.carepath.support.demo;

/**
 * The setting that turns the dev-only demo-data import on
 * ({@code carepath.demo-data.enabled}, default false), for the services' own
 * {@code @ConditionalOnBooleanProperty}.
 */
public final class DemoData {

	public static final String ENABLED = "carepath.demo-data.enabled";

	private DemoData() {
	}

}
