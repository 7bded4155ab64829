package org.carepath.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The carepath realm as code: {@code keycloak/carepath-realm.json} with ${NAME}
 * placeholders.
 */
final class Realm {

	static final String RESOURCE = "/keycloak/carepath-realm.json";

	private static final Pattern TOKEN_LIFESPAN = Pattern.compile("(\"accessTokenLifespan\"\\s*:\\s*)\\d+");

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
		return render(ports, 1);
	}

	/**
	 * With every gateway instance's URL where the realm names the gateway, so that a
	 * person can sign in through any of them: a JSON array element
	 * {@code "${GATEWAY_URL}/x"} becomes one element per gateway, an attribute value
	 * Keycloak's {@code ##}-separated list. Elsewhere {@code ${GATEWAY_URL}} is the first
	 * gateway's.
	 */
	static String render(StackPorts ports, int replicas) {
		List<String> gateways = new ArrayList<>();
		for (int instance = 1; instance <= replicas; instance++) {
			gateways.add("http://localhost:" + ports.port(App.GATEWAY, instance));
		}
		return substitute(expand(template(), "GATEWAY_URL", gateways), Map.of("GATEWAY_URL", ports.gatewayUrl()));
	}

	/**
	 * With the access tokens' lifespan replaced when {@code tokenLifespan} is not null (a
	 * test stack that waits out a token's life).
	 */
	static String render(StackPorts ports, int replicas, Duration tokenLifespan) {
		String realm = render(ports, replicas);
		if (tokenLifespan == null) {
			return realm;
		}
		Matcher lifespan = TOKEN_LIFESPAN.matcher(realm);
		if (!lifespan.find()) {
			throw new IllegalStateException(RESOURCE + " sets no accessTokenLifespan");
		}
		return lifespan.replaceFirst("$1" + tokenLifespan.toSeconds());
	}

	static String expand(String template, String name, List<String> values) {
		Matcher matcher = Pattern.compile("\"\\$\\{" + name + "\\}([^\"]*)\"").matcher(template);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String suffix = matcher.group(1);
			String before = template.substring(0, matcher.start()).stripTrailing();
			char context = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
			String replacement = context == '[' || context == ','
					? values.stream().map(value -> "\"" + value + suffix + "\"").collect(Collectors.joining(", "))
					: values.stream().map(value -> value + suffix).collect(Collectors.joining("##", "\"", "\""));
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
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
