package org.example.partner;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * CarePath's partner API, through the gateway. Every request carries our
 * client-credentials token: the interceptor fetches it from Keycloak, renews it before it
 * expires, and forgets it when the API answers 401 so that the next attempt gets a new
 * one.
 */
@Component
class PartnerApi {

	/** The registration under {@code spring.security.oauth2.client.registration}. */
	static final String REGISTRATION = "carepath";

	private final RestClient client;

	PartnerApi(RestClient.Builder builder, OAuth2AuthorizedClientManager clients, OAuth2AuthorizedClientService tokens,
			PartnerProperties properties) {
		OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(clients);
		bearer.setClientRegistrationIdResolver(request -> REGISTRATION);
		bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
		this.client = builder.baseUrl(properties.gatewayUrl().toString()).requestInterceptor(bearer).build();
	}

	/**
	 * Sends our answer. Any failure other than those below (API or Keycloak unreachable,
	 * 5xx, 401, 429) is thrown, and the event that led here is delivered again later.
	 * @return false if CarePath refused the transition (409): already answered, or
	 * cancelled meanwhile
	 * @throws NotOurReferral if CarePath does not know this referral as ours (404)
	 */
	boolean answer(UUID referral, StatusUpdate update) {
		try {
			client.post()
				.uri("/api/referrals/{id}/status", referral)
				.contentType(MediaType.APPLICATION_JSON)
				.body(update)
				.retrieve()
				.toBodilessEntity();
			return true;
		}
		catch (HttpClientErrorException.Conflict refused) {
			return false;
		}
		catch (HttpClientErrorException.NotFound notFound) {
			throw new NotOurReferral(referral);
		}
	}

	/**
	 * The referral's status as CarePath has it ({@code GET /api/referrals/inbox/{id}}).
	 */
	Optional<String> status(UUID referral) {
		try {
			JsonNode body = client.get().uri("/api/referrals/inbox/{id}", referral).retrieve().body(JsonNode.class);
			return Optional.ofNullable(body)
				.map(node -> node.path("status"))
				.filter(JsonNode::isString)
				.map(JsonNode::asString);
		}
		catch (HttpClientErrorException.NotFound notFound) {
			throw new NotOurReferral(referral);
		}
	}

	/** The body of {@code POST /api/referrals/{id}/status}. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record StatusUpdate(String status, @Nullable String reason, @Nullable LocalDate date) {
	}

	/** CarePath says the referral is not ours: retrying cannot help. */
	static class NotOurReferral extends RuntimeException {

		NotOurReferral(UUID referral) {
			super("CarePath does not know referral " + referral + " as ours (404)");
		}

	}

}
