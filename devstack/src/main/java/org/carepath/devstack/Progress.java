package org.carepath.devstack;

/** Hears how the start goes. */
@FunctionalInterface
public interface Progress {

	/**
	 * A step is done, e.g.
	 * {@code [4/9] Keycloak ready on http://localhost:8180 (17.2 s)}.
	 */
	void step(String message);

	/** Something worth knowing while waiting, e.g. that a first start takes longer. */
	default void note(String message) {
	}

	/**
	 * Something that happened while running, e.g. that the supervisor restarts a part
	 * that died.
	 */
	default void event(String message) {
		step(message);
	}

	static Progress silent() {
		return message -> {
		};
	}

}
