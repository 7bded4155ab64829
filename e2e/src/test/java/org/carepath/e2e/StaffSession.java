package org.carepath.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's browser session without the browser: the gateway's sign-in (OAuth2
 * code flow with Keycloak's login form) followed by hand, keeping the cookies. Like a
 * browser on {@code localhost}, it keeps cookies per host whatever the port, and sends
 * cookies marked {@code Secure} over plain HTTP too (browsers treat localhost as a secure
 * context; Java's {@code CookieManager} does not, and Keycloak marks its own cookies
 * Secure). So the one jar carries the session to every gateway instance, as a load
 * balancer in front of them would.
 */
final class StaffSession {

	private static final Pattern FORM_ACTION = Pattern
		.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

	private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)(.*)$");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** Every cookie set so far, by name (one host: localhost). */
	private final Map<String, String> cookies = new LinkedHashMap<>();

	/** Signs in through this gateway ({@code http://localhost:port}). */
	static StaffSession signIn(String gateway, String username) {
		StaffSession session = new StaffSession();
		HttpResponse<String> start = session.get(gateway + "/oauth2/authorization/keycloak");
		assertThat(start.statusCode()).as("sign-in start").isEqualTo(302);
		HttpResponse<String> loginPage = session.get(location(start));
		assertThat(loginPage.statusCode()).as("Keycloak's login page").isEqualTo(200);
		Matcher action = FORM_ACTION.matcher(loginPage.body());
		assertThat(action.find()).as("the login form").isTrue();
		HttpResponse<String> loggedIn = session.postForm(action.group(1).replace("&amp;", "&"),
				"username=" + username + "&password=" + username + "-dev&credentialId=");
		assertThat(loggedIn.statusCode()).as("Keycloak took the password: %s", loggedIn.body()).isEqualTo(302);
		HttpResponse<String> callback = session.get(location(loggedIn));
		assertThat(callback.statusCode()).as("the gateway's callback").isEqualTo(302);
		return session;
	}

	/** {@code GET /api/me} through a gateway: the signed-in person, or 401. */
	HttpResponse<String> me(String gateway) {
		return get(gateway + "/api/me");
	}

	private HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	private HttpResponse<String> postForm(String url, String form) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private synchronized HttpResponse<String> send(HttpRequest.Builder request) {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::keep);
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void keep(String setCookie) {
		Matcher cookie = SET_COOKIE.matcher(setCookie);
		if (!cookie.matches()) {
			return;
		}
		String attributes = cookie.group(3).toLowerCase();
		if (attributes.contains("max-age=0") || cookie.group(2).isEmpty()) {
			this.cookies.remove(cookie.group(1));
		}
		else {
			this.cookies.put(cookie.group(1), cookie.group(2));
		}
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

}
