package org.carepath.support.safety;

import java.util.List;

public class DevelopmentSecretsInProductionException extends IllegalStateException {

	private final List<String> properties;

	DevelopmentSecretsInProductionException(List<String> properties) {
		super("Refusing to start with the 'prod' profile: development secrets are configured in " + properties);
		this.properties = properties;
	}

	public List<String> properties() {
		return this.properties;
	}

}
