package org.carepath.portal.referral;

import java.util.List;
import java.util.Optional;

import org.carepath.portal.referral.ReferralApi.ConsentTerms;
import org.carepath.portal.referral.ReferralApi.Details;
import org.carepath.portal.referral.ReferralApi.Disclosure;
import org.carepath.portal.referral.ReferralApi.Dismissal;
import org.carepath.portal.referral.ReferralApi.Program;
import org.carepath.portal.referral.ReferralApi.ReferralRequest;
import org.carepath.portal.referral.ReferralApi.RevokeRequest;
import org.carepath.portal.referral.ReferralApi.Screening;
import org.carepath.portal.referral.ReferralApi.Suggestion;
import org.carepath.portal.referral.ReferralApi.Summary;
import org.carepath.portal.system.ServiceClients;
import org.carepath.portal.system.ServiceProblem;
import org.carepath.support.idempotency.IdempotencyKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import static org.carepath.portal.system.ServiceCalls.call;
import static org.carepath.portal.system.ServiceCalls.list;
import static org.carepath.portal.system.ServiceCalls.required;

/**
 * The referral service's staff API, and intake's screening detail, called as the
 * signed-in staff member: their token goes along, so the services check their roles and
 * audit every read under their name. Every failure arrives as a {@link ServiceProblem}.
 */
@Component
class ReferralsClient {

	/** Why the screening is read, for intake's audit record. */
	static final String ACCESS_REASON = "referral";

	private static final ParameterizedTypeReference<List<Summary>> SUMMARIES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Suggestion>> SUGGESTIONS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Program>> PROGRAMS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Disclosure>> DISCLOSURES = new ParameterizedTypeReference<>() {
	};

	private final RestClient referrals;

	private final RestClient intake;

	ReferralsClient(ServiceClients clients) {
		this.referrals = clients.asSignedInUser(ServiceClients.Service.REFERRAL);
		this.intake = clients.asSignedInUser(ServiceClients.Service.INTAKE);
	}

	List<Suggestion> suggestions() {
		return call(() -> list(this.referrals.get()
			.uri("/api/referrals/suggestions")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(SUGGESTIONS)));
	}

	void dismiss(String suggestionId) {
		call(() -> this.referrals.post()
			.uri("/api/referrals/suggestions/{id}/dismiss", suggestionId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Dismissal(null))
			.retrieve()
			.toBodilessEntity());
	}

	List<Summary> referrals(@Nullable String status) {
		return call(() -> list(this.referrals.get()
			.uri(uri -> uri.path("/api/referrals").queryParamIfPresent("status", Optional.ofNullable(status)).build())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(SUMMARIES)));
	}

	Details referral(String id) {
		return call(() -> required(this.referrals.get()
			.uri("/api/referrals/{id}", id)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(Details.class)));
	}

	List<Disclosure> disclosures(String id) {
		return call(() -> list(this.referrals.get()
			.uri("/api/referrals/{id}/disclosures", id)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(DISCLOSURES)));
	}

	/** Programs offering this ASAM level to this population; either may be left out. */
	List<Program> programs(@Nullable String edition, @Nullable String level, @Nullable String population) {
		return call(() -> list(this.referrals.get()
			.uri(uri -> uri.path("/api/referrals/programs")
				.queryParamIfPresent("level", Optional.ofNullable(level))
				.queryParamIfPresent("edition", Optional.ofNullable(edition))
				.queryParamIfPresent("population", Optional.ofNullable(population))
				.build())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(PROGRAMS)));
	}

	Program program(String id) {
		return call(() -> required(this.referrals.get()
			.uri("/api/referrals/programs/{id}", id)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(Program.class)));
	}

	/**
	 * The clinic's consent texts, with the standard description for these share choices.
	 */
	ConsentTerms consentTerms(boolean sharesContact, boolean sharesScores) {
		return call(() -> required(this.referrals.get()
			.uri(uri -> uri.path("/api/referrals/consent-terms")
				.queryParam("sharesContact", sharesContact)
				.queryParam("sharesScores", sharesScores)
				.build())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(ConsentTerms.class)));
	}

	/**
	 * Makes the referral; the consent gate decides. Returns the new referral, or the one
	 * an earlier request with this key made.
	 */
	Details refer(ReferralRequest request, String idempotencyKey) {
		return call(() -> required(this.referrals.post()
			.uri("/api/referrals")
			.header(IdempotencyKeys.HEADER, idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.body(request)
			.retrieve()
			.body(Details.class)));
	}

	void revoke(String id, RevokeRequest request) {
		call(() -> this.referrals.post()
			.uri("/api/referrals/{id}/consent/revoke", id)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.body(request)
			.retrieve()
			.toBodilessEntity());
	}

	/**
	 * The screening a referral comes from (intake audits the read with the reason
	 * "referral").
	 */
	Screening screening(String id) {
		return call(() -> required(this.intake.get()
			.uri("/api/intake/screenings/{id}", id)
			.accept(MediaType.APPLICATION_JSON)
			.header("X-Access-Reason", ACCESS_REASON)
			.retrieve()
			.body(Screening.class)));
	}

}
