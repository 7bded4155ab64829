package org.carepath.gateway.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's view of the gateway: keeps the cookies it is given (and drops the ones it
 * is told to delete), and can sign in through the stub Keycloak the way a person would,
 * following each redirect by hand.
 */
public final class Browser {

	private final WebTestClient client;

	private final StubKeycloak keycloak;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final Map<String, ResponseCookie> lastSetCookies = new LinkedHashMap<>();

	private final String baseUrl;

	Browser(WebTestClient client, String baseUrl, StubKeycloak keycloak) {
		this.client = client;
		this.baseUrl = baseUrl;
		this.keycloak = keycloak;
	}

	/**
	 * The same browser (its cookies) talking to another gateway instance, as after a load
	 * balancer moved it.
	 */
	public Browser on(int port) {
		Browser moved = GatewayIntegrationTest.browserOn(port);
		moved.cookies.putAll(this.cookies);
		return moved;
	}

	public Map<String, String> cookies() {
		return Map.copyOf(this.cookies);
	}

	public String cookie(String name) {
		return this.cookies.get(name);
	}

	/** The cookie as the gateway last set it, with its attributes. */
	public ResponseCookie lastSetCookie(String name) {
		return this.lastSetCookies.get(name);
	}

	/**
	 * Sends a request with this browser's cookies and remembers the cookies of the
	 * answer.
	 */
	public EntityExchangeResult<String> send(Function<WebTestClient, RequestHeadersSpec<?>> request) {
		EntityExchangeResult<String> result = request.apply(this.client)
			.cookies(sent -> this.cookies.forEach(sent::add))
			.exchange()
			.expectBody(String.class)
			.returnResult();
		for (ResponseCookie cookie : result.getResponseCookies().toSingleValueMap().values()) {
			this.lastSetCookies.put(cookie.getName(), cookie);
			if (cookie.getValue().isEmpty() || cookie.getMaxAge().isZero()) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie.getValue());
			}
		}
		return result;
	}

	/**
	 * GETs a path (with its query, already encoded, as a redirect gives it) asking for
	 * HTML.
	 */
	public EntityExchangeResult<String> getPage(String pathAndQuery) {
		URI uri = URI.create(pathAndQuery.startsWith("/") ? this.baseUrl + pathAndQuery : pathAndQuery);
		return send(client -> client.get().uri(uri).accept(MediaType.TEXT_HTML));
	}

	/**
	 * Opens a staff page while signed out and follows the whole sign-in: gateway →
	 * Keycloak (which signs the stub's user in at once) → callback. Returns where the
	 * gateway finally sends the browser.
	 */
	public URI signInFrom(String staffPage) {
		EntityExchangeResult<String> page = getPage(staffPage);
		assertThat(page.getStatus().value()).isEqualTo(302);
		return signInFromLoginLink(page.getResponseHeaders().getLocation().toString());
	}

	/**
	 * Follows the sign-in from the portal's "Sign in" link, which points at the gateway's
	 * login path.
	 */
	public URI signInFromLoginLink() {
		return signInFromLoginLink("/oauth2/authorization/keycloak");
	}

	private URI signInFromLoginLink(String login) {
		EntityExchangeResult<String> signedIn = callbackFromLoginLink(login);
		assertThat(signedIn.getStatus().value()).as("callback answer %s", signedIn.getResponseBody()).isEqualTo(302);
		return signedIn.getResponseHeaders().getLocation();
	}

	/**
	 * Opens a staff page while signed out, lets Keycloak sign the user in, and returns
	 * the gateway's answer to Keycloak's callback, whatever it is.
	 */
	public EntityExchangeResult<String> signInCallbackFrom(String staffPage) {
		EntityExchangeResult<String> page = getPage(staffPage);
		assertThat(page.getStatus().value()).isEqualTo(302);
		return callbackFromLoginLink(page.getResponseHeaders().getLocation().toString());
	}

	private EntityExchangeResult<String> callbackFromLoginLink(String login) {
		EntityExchangeResult<String> toKeycloak = getPage(login);
		assertThat(toKeycloak.getStatus().value()).isEqualTo(302);
		URI authorization = toKeycloak.getResponseHeaders().getLocation();
		assertThat(authorization.toString()).startsWith(this.keycloak.issuer());
		URI callback = followKeycloak(authorization);
		return getPage(callback.getRawPath() + "?" + callback.getRawQuery());
	}

	private static URI followKeycloak(URI authorization) {
		try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(authorization).build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).isEqualTo(302);
			return URI.create(response.headers().firstValue(HttpHeaders.LOCATION).orElseThrow());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
