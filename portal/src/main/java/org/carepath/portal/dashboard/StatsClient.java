package org.carepath.portal.dashboard;

import org.carepath.portal.dashboard.StatsApi.ContentStats;
import org.carepath.portal.dashboard.StatsApi.IntakeStats;
import org.carepath.portal.dashboard.StatsApi.ReferralStats;
import org.carepath.portal.system.ServiceClients;
import org.carepath.portal.system.ServiceClients.Service;
import org.carepath.portal.system.ServiceProblem;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import static org.carepath.portal.system.ServiceCalls.call;
import static org.carepath.portal.system.ServiceCalls.required;

/**
 * The aggregate endpoints of intake, referral and content, called as the signed-in staff
 * member (their token goes along, so each service checks the staff role itself). Every
 * failure arrives as a {@link ServiceProblem}.
 */
@Component
class StatsClient {

	private final RestClient intake;

	private final RestClient referral;

	private final RestClient content;

	StatsClient(ServiceClients clients) {
		this.intake = clients.asSignedInUser(Service.INTAKE);
		this.referral = clients.asSignedInUser(Service.REFERRAL);
		this.content = clients.asSignedInUser(Service.CONTENT);
	}

	IntakeStats intake(Period period) {
		return get(this.intake, "/api/intake/stats", period, IntakeStats.class);
	}

	ReferralStats referrals(Period period) {
		return get(this.referral, "/api/referrals/stats", period, ReferralStats.class);
	}

	ContentStats content(Period period) {
		return get(this.content, "/api/content/stats", period, ContentStats.class);
	}

	private static <T> T get(RestClient client, String path, Period period, Class<T> type) {
		return call(() -> required(client.get()
			.uri(uri -> uri.path(path).queryParam("from", period.from()).queryParam("to", period.to()).build())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(type)));
	}

}
