package org.carepath.support.safety;

import org.carepath.support.demo.DemoData;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

/**
 * In production, refuses to start while the demo-data import is switched on: it writes
 * records dated in the past without a token.
 */
final class DemoDataGuard implements InitializingBean {

	private final Environment environment;

	DemoDataGuard(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.environment.getProperty(DemoData.ENABLED, Boolean.class, false)) {
			throw new DevelopmentSettingInProductionException(DemoData.ENABLED,
					"it imports demo records without a token");
		}
	}

}
