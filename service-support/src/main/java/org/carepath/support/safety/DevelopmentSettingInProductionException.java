package org.carepath.support.safety;

/** A development-only setting is switched on while the {@code prod} profile is active. */
public class DevelopmentSettingInProductionException extends IllegalStateException {

	private final String property;

	private final String why;

	/**
	 * @param why why it must be off in production, for the start's failure report
	 */
	DevelopmentSettingInProductionException(String property, String why) {
		super("Refusing to start with the 'prod' profile: the development-only setting " + property + " is on");
		this.property = property;
		this.why = why;
	}

	public String property() {
		return this.property;
	}

	public String why() {
		return this.why;
	}

}
