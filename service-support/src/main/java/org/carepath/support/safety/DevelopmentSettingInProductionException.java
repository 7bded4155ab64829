package org.carepath.support.safety;

/** A development-only setting is switched on while the {@code prod} profile is active. */
public class DevelopmentSettingInProductionException extends IllegalStateException {

	private final String property;

	DevelopmentSettingInProductionException(String property) {
		super("Refusing to start with the 'prod' profile: the development-only setting " + property + " is on");
		this.property = property;
	}

	public String property() {
		return this.property;
	}

}
