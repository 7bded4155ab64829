package org.carepath.support.safety;

import java.util.List;

/** Stops a {@code prod} start with development mail settings; names every reason. */
public class DevelopmentMailInProductionException extends IllegalStateException {

	private final List<String> problems;

	DevelopmentMailInProductionException(List<String> problems) {
		super("Refusing to start with the 'prod' profile: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
