package org.carepath.portal.check;

import java.util.List;
import java.util.Map;

import org.carepath.portal.check.IntakeApi.Answer;
import org.carepath.portal.check.IntakeApi.ContactReceipt;
import org.carepath.portal.check.IntakeApi.ContactRequest;
import org.carepath.portal.check.IntakeApi.Instrument;
import org.carepath.portal.check.IntakeApi.QuestionnaireResource;
import org.carepath.portal.check.IntakeApi.Respondent;
import org.carepath.portal.check.IntakeApi.SkippedAnswers;
import org.carepath.portal.check.IntakeApi.SubmissionRequest;
import org.carepath.portal.check.IntakeApi.SubmissionResult;
import org.carepath.portal.layout.CurrentUser;
import org.carepath.portal.system.ServiceClients;
import org.carepath.portal.system.ServiceClients.Service;
import org.carepath.portal.system.ServiceListing;
import org.carepath.portal.system.ServiceProblem;
import org.carepath.support.idempotency.IdempotencyKeys;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.carepath.portal.system.ServiceCalls.call;
import static org.carepath.portal.system.ServiceCalls.list;
import static org.carepath.portal.system.ServiceCalls.required;

/**
 * The intake service's questionnaire side: the instruments, submitting one, and a "please
 * contact me". Calls go without the relayed token: each call says itself on whose behalf
 * it is made ({@link Caller}).
 */
@Component
public class IntakeClient {

	private static final Logger log = LoggerFactory.getLogger(IntakeClient.class);

	/**
	 * The visitor's own address, which intake trusts from the portal on loopback for its
	 * per-visitor rate limit.
	 */
	static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final ParameterizedTypeReference<List<Instrument>> INSTRUMENTS = new ParameterizedTypeReference<>() {
	};

	private final RestClient restClient;

	IntakeClient(ServiceClients clients) {
		this.restClient = clients.anonymous(Service.INTAKE);
	}

	/**
	 * The self-checks the clinic offers, or "unavailable". Public: the article editor
	 * offers them as an article's related self-checks.
	 */
	public ServiceListing<Instrument> instruments() {
		try {
			return ServiceListing.of(list(this.restClient.get()
				.uri("/api/intake/instruments")
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(INSTRUMENTS)));
		}
		catch (RuntimeException ex) {
			// Whatever went wrong (down, slow, 5xx, odd JSON), the page still renders.
			ServiceListing.logFailure(log, "Instrument list", ex);
			return ServiceListing.unavailable();
		}
	}

	/**
	 * The form of one self-check; a {@link ServiceProblem} (404 when there is no such
	 * instrument) otherwise.
	 */
	Questionnaire questionnaire(String id) {
		return Questionnaire.of(call(() -> required(this.restClient.get()
			.uri("/api/intake/instruments/{id}", id)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(QuestionnaireResource.class))));
	}

	/**
	 * Submits a questionnaire: {@code mode: self} for the public self-check,
	 * {@code mode: staff} when a staff member administers it on a patient's behalf. Every
	 * answer given goes, with {@link SkippedAnswers#IGNORE}: intake drops those to items
	 * that do not apply. Who calls is the {@link Caller}'s business: a token when the
	 * screening belongs to a signed-in person, the visitor's address otherwise (intake
	 * rate-limits anonymous submissions per address). The idempotency key makes a double
	 * submit or a retried request one screening. A refusal arrives as a
	 * {@link ServiceProblem}, a rate limit as {@link TooManyRequests}.
	 */
	ScreeningResult submit(String instrument, String mode, Map<String, Answer> answers, @Nullable String sex,
			@Nullable String ageBand, String idempotencyKey, Caller caller) {
		SubmissionRequest request = new SubmissionRequest(instrument, mode, answers, new Respondent(sex, ageBand), null,
				SkippedAnswers.IGNORE);
		return ScreeningResult
			.of(post(caller, "/api/intake/screenings", request, idempotencyKey, SubmissionResult.class));
	}

	/**
	 * Asks the clinic to contact the person who took this screening ({@code POST
	 * …/{id}/contact}, no token: the unguessable id is the proof). 409 when they already
	 * did, 404 when the screening is unknown or too old.
	 */
	ContactReceipt contact(String screeningId, ContactForm form, Caller caller) {
		return post(caller, "/api/intake/screenings/" + screeningId + "/contact", form.toRequest(), null,
				ContactReceipt.class);
	}

	private <T> T post(Caller caller, String path, Object request, @Nullable String idempotencyKey, Class<T> answer) {
		try {
			return required(this.restClient.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.headers(headers -> {
					if (idempotencyKey != null) {
						headers.set(IdempotencyKeys.HEADER, idempotencyKey);
					}
					if (caller.bearerToken() != null) {
						headers.setBearerAuth(caller.bearerToken());
					}
					if (caller.clientAddress() != null) {
						headers.set(FORWARDED_FOR, caller.clientAddress());
					}
				})
				.body(request)
				.retrieve()
				.body(answer));
		}
		catch (HttpClientErrorException.TooManyRequests ex) {
			throw TooManyRequests.from(ex.getResponseHeaders());
		}
		catch (RuntimeException ex) {
			throw ServiceProblem.of(ex);
		}
	}

	/**
	 * On whose behalf the portal calls intake.
	 *
	 * @param bearerToken the signed-in person's access token, relayed so intake knows who
	 * submits; null for a visitor
	 * @param clientAddress the visitor's address (sent as {@code X-Forwarded-For}), so
	 * each visitor has their own rate limit instead of sharing the portal's
	 */
	record Caller(@Nullable String bearerToken, @Nullable String clientAddress) {

		/**
		 * A signed-in staff member: their token, no address (staff are not rate-limited
		 * as visitors).
		 */
		static Caller staff(Authentication authentication) {
			return new Caller(token(authentication), null);
		}

		/**
		 * A person on the public pages: always their address; a signed-in patient's token
		 * too, so intake links the screening to them. Anyone else's token stays here: a
		 * staff member trying the public form is a visitor.
		 */
		static Caller visitor(@Nullable Authentication authentication, String remoteAddress) {
			CurrentUser user = CurrentUser.of(authentication);
			String token = (user != null && user.hasRole("patient")) ? token(authentication) : null;
			return new Caller(token, remoteAddress);
		}

		private static @Nullable String token(@Nullable Authentication authentication) {
			return (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token)
					? token.getToken().getTokenValue() : null;
		}

	}

}
