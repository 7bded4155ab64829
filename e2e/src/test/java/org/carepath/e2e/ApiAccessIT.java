package org.carepath.e2e;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what, through the gateway, with tokens from the real Keycloak. */
@ExtendWith(CarePathStack.class)
class ApiAccessIT {

	@Test
	void anonymousVisitorsReadThePublicEndpoints() {
		HttpResponse<String> articles = Http.get(CarePathStack.gateway() + "/api/content/articles");
		HttpResponse<String> instruments = Http.get(CarePathStack.gateway() + "/api/intake/instruments");

		assertThat(articles.statusCode()).isEqualTo(200);
		assertThat(Http.json(articles).path("items").isArray()).isTrue();
		assertThat(instruments.statusCode()).isEqualTo(200);
		assertThat(Http.json(instruments).isArray()).isTrue();
	}

	@Test
	void anonymousVisitorsAreRefusedTheStaffEndpointsWithProblemJson() {
		for (String path : new String[] { "/api/intake/screenings", "/api/referrals/programs", "/api/me" }) {
			HttpResponse<String> response = Http.get(CarePathStack.gateway() + path);

			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(Http.json(response).path("status").asInt()).as(path).isEqualTo(401);
		}
	}

	@Test
	void intakeStaffSeeTheQueueAndTheProgramDirectory() {
		String token = Keycloak.userToken("intake");

		HttpResponse<String> queue = Http.get(CarePathStack.gateway() + "/api/intake/screenings", token);
		HttpResponse<String> programs = Http.get(CarePathStack.gateway() + "/api/referrals/programs", token);

		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(Http.json(queue).isArray()).isTrue();
		assertThat(programs.statusCode()).isEqualTo(200);
		assertThat(programs.body()).contains("\"partnerId\":\"harbor\"", "\"partnerId\":\"summit\"");
	}

	@Test
	void aPartnerTokenIsForbiddenTheStaffQueue() {
		HttpResponse<String> response = Http.get(CarePathStack.gateway() + "/api/intake/screenings",
				Keycloak.partnerToken("harbor"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Http.json(response).path("type").asString()).isEqualTo("urn:carepath:problem:forbidden");
	}

	@Test
	void aServiceRejectsATokenWhoseAudienceDoesNotNameIt() {
		// Partner tokens name the referral and intake services only.
		HttpResponse<String> response = Http.get(CarePathStack.gateway() + "/api/content/articles",
				Keycloak.partnerToken("summit"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
	}

	@Test
	void aTamperedTokenIsRejected() {
		String[] parts = Keycloak.userToken("patient").split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(claims.replace("\"patient\"", "\"staff\"").getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = Http.get(CarePathStack.gateway() + "/api/intake/screenings",
				parts[0] + "." + forged + "." + parts[2]);

		assertThat(claims).contains("\"patient\"");
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void anExpiredTokenIsRejected() throws InterruptedException {
		String token = Keycloak.shortLivedToken("intake");
		assertThat(Http.get(CarePathStack.gateway() + "/api/intake/screenings", token).statusCode())
			.as("the short-lived token works while it lives")
			.isEqualTo(200);

		// Lifespan 2 s plus the services' allowed clock skew of 10 s.
		Thread.sleep(13_000);

		assertThat(Http.get(CarePathStack.gateway() + "/api/intake/screenings", token).statusCode()).isEqualTo(401);
	}

}
