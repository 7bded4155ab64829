package org.carepath.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The carepath realm as code: {@code keycloak/carepath-realm.json} with ${NAME}
 * placeholders.
 */
final class Realm {

	static final String RESOURCE = "/keycloak/carepath-realm.json";

	private Realm() {
	}

	static String template() {
		try (InputStream in = Realm.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The realm for these ports. Keycloak would also expand a leftover ${...} from its
	 * environment: none may remain.
	 */
	static String render(StackPorts ports) {
		return substitute(template(), Map.of("GATEWAY_URL", ports.gatewayUrl()));
	}

	static String substitute(String template, Map<String, String> values) {
		String result = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			result = result.replace("${" + value.getKey() + "}", value.getValue());
		}
		int leftover = result.indexOf("${");
		if (leftover >= 0) {
			throw new IllegalStateException("Unknown placeholder in the realm: "
					+ result.substring(leftover, Math.min(result.length(), leftover + 40)));
		}
		return result;
	}

}
