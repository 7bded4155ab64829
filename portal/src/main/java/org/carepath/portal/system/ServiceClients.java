package org.carepath.portal.system;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The one place the portal's {@link RestClient}s are built: one per CarePath service
 * without a token, and one that relays the signed-in person's token
 * ({@link BearerTokenRelay}). Built from Boot's {@link RestClient.Builder}, so trace
 * headers propagate and the configured timeouts apply, load-balanced
 * ({@link LoadBalancing}): each client addresses a service id, and a call goes to one of
 * that service's instances. Clients are shared, never re-configured by the features that
 * use them.
 */
@Component
public class ServiceClients {

	/** The CarePath services the portal calls. */
	public enum Service {

		INTAKE("intake-service"), REFERRAL("referral-service"), CONTENT("content-service");

		private final String id;

		Service(String id) {
			this.id = id;
		}

		/**
		 * The service id its instances are listed under
		 * ({@code spring.cloud.discovery.client.simple.instances.<id>}).
		 */
		public String id() {
			return this.id;
		}

		URI url() {
			return URI.create("http://" + this.id);
		}

	}

	private final RestClient.Builder builder;

	private final Map<Service, RestClient> anonymous = new EnumMap<>(Service.class);

	private final Map<Service, RestClient> signedIn = new EnumMap<>(Service.class);

	ServiceClients(@LoadBalanced RestClient.Builder builder) {
		this.builder = builder;
		for (Service service : Service.values()) {
			URI url = service.url();
			// clone(): the token interceptor must never reach the clients public,
			// anonymous pages use.
			this.anonymous.put(service, builder.clone().baseUrl(url.toString()).build());
			this.signedIn.put(service,
					builder.clone().baseUrl(url.toString()).requestInterceptor(BearerTokenRelay.interceptor()).build());
		}
	}

	/**
	 * Calls without a token: public pages, where what the service answers must not depend
	 * on who asks, or calls that set their own credentials per request.
	 */
	public RestClient anonymous(Service service) {
		return this.anonymous.get(service);
	}

	/**
	 * Calls as the signed-in person: their access token goes along, so the service
	 * decides with their roles and records their name. An anonymous call goes without,
	 * and the service answers 401.
	 */
	public RestClient asSignedInUser(Service service) {
		return this.signedIn.get(service);
	}

	/**
	 * A new client that calls as the portal itself, with the credentials the interceptor
	 * adds (e.g. Spring Security's OAuth2 client-credentials interceptor), for a feature
	 * to keep: never a person's token.
	 */
	public RestClient withCredentials(Service service, ClientHttpRequestInterceptor credentials) {
		return this.builder.clone().baseUrl(service.url().toString()).requestInterceptor(credentials).build();
	}

}
