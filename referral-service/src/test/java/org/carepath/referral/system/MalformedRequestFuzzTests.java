package org.carepath.referral.system;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.RequestFuzzer;
import org.carepath.support.test.RequestFuzzer.FuzzRequest;
import org.carepath.support.test.RequestFuzzer.FuzzResponse;
import org.carepath.support.test.RequestFuzzer.Target;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred malformed requests (fixed seed) against the real server, with staff,
 * clinician and partner tokens where an endpoint needs them: each answered with a 4xx,
 * none with a 5xx, and none stores a referral, consent, status change, disclosure,
 * suggestion change or event. (A read whose defect does not matter to it, say an odd
 * header, is still answered and audited like any read: the audit trail is not counted.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class MalformedRequestFuzzTests {

	private static final List<String> TABLES = List.of("consent", "referral", "referral_status_change", "disclosure",
			"referral_suggestion", "event_publication");

	private static final String AUDIENCE = "carepath-referral";

	private static final String HARBOR = "6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01";

	private static final String REFERRAL = """
			{"screeningId":"%1$s","screeningReference":"KXM-4827","programId":"%2$s",\
			"levelOfCare":{"edition":"3","code":"2.1"},"reasonCategory":"substance-use",\
			"patient":{"name":"Alex Rivera","phone":"555-0123","preferredContact":"phone"},\
			"share":{"contact":true,"scores":false},\
			"consent":{"patientName":"Alex Rivera","discloser":"CarePath Counseling Clinic",\
			"information":{"description":"The level of care chosen for me and the reason for this referral, my name and\
			 contact details","elements":["level-of-care","reason-category","identity-and-contact"]},\
			"recipient":{"programId":"%2$s","name":"Harbor Youth & Family Outpatient"},"purpose":"treatment-referral",\
			"revocationStatement":"I may revoke this consent at any time; it does not undo disclosures already made.",\
			"expiresOn":"2099-01-31","signature":{"signedBy":"Alex Rivera","signerRole":"patient",\
			"typedSignature":"Alex Rivera","method":"typed-e-signature"},"signedOn":"2026-01-02"}}"""
		.formatted(UUID.randomUUID(), HARBOR);

	@LocalServerPort
	int port;

	@Autowired
	TestIssuer keycloak;

	@Autowired
	JdbcClient jdbc;

	@Test
	void malformedRequestsGetA4xxAndChangeNothing() throws Exception {
		String staff = bearer(this.keycloak.token("intake", List.of("staff"), AUDIENCE));
		String clinician = bearer(this.keycloak.token("clinician", List.of("staff", "clinician"), AUDIENCE));
		String partner = bearer(this.keycloak.partnerToken("harbor", AUDIENCE));
		UUID unknown = UUID.randomUUID();
		List<Target> targets = List.of(new Target("POST", "/api/referrals", REFERRAL),
				new Target("POST", "/api/referrals", REFERRAL, List.of(clinician)),
				new Target("POST", "/api/referrals/" + unknown + "/consent/revoke",
						"{\"reason\":\"phoned\",\"requestedBy\":\"patient\",\"receivedOn\":\"2026-01-02\"}",
						List.of(clinician)),
				new Target("POST", "/api/referrals/" + unknown + "/status",
						"{\"status\":\"accepted\",\"reason\":\"booked\",\"date\":\"2026-01-02\"}", List.of(partner)),
				new Target("GET", "/api/referrals", null, List.of(staff)),
				new Target("GET", "/api/referrals/consent-terms?sharesContact=true", null, List.of(staff)),
				new Target("GET", "/api/referrals/programs?edition=3&level=2.1", null, List.of(staff)),
				new Target("GET", "/api/referrals/inbox", null, List.of(partner)), new Target("POST",
						"/api/referrals/suggestions/" + unknown + "/dismiss", "{\"reason\":\"seen\"}", List.of(staff)));
		List<Long> before = counts();

		List<String> serverErrors = new ArrayList<>();
		List<String> acceptedChanges = new ArrayList<>();
		for (FuzzRequest request : new RequestFuzzer(20261207L, "127.0.0.1:" + this.port, targets).generate(300)) {
			FuzzResponse response = RequestFuzzer.send(this.port, request);
			if (response.status() >= 500 || response.status() == 0
					|| (response.status() >= 400 && !response.contentType().startsWith("application/problem+json"))) {
				serverErrors.add(response.status() + " " + response.contentType() + " " + request.description());
			}
			else if (response.status() < 300 && request.description().startsWith("POST")) {
				acceptedChanges.add(response.status() + " " + request.description());
			}
		}

		assertThat(serverErrors).isEmpty();
		assertThat(counts()).as("changes accepted: %s", acceptedChanges).isEqualTo(before);
	}

	private static String bearer(String token) {
		return "Authorization: Bearer " + token;
	}

	private List<Long> counts() {
		return TABLES.stream()
			.map(table -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

}
