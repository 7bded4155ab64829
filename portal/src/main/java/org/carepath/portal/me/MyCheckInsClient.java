package org.carepath.portal.me;

import java.util.List;

import org.carepath.portal.system.ServiceClients;
import org.carepath.portal.system.ServiceClients.Service;
import org.carepath.portal.system.ServiceProblem;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import static org.carepath.portal.system.ServiceCalls.call;

/**
 * The intake service's patient API, called as the signed-in patient: intake decides from
 * their token whose screenings these are. Every failure arrives as a
 * {@link ServiceProblem}.
 */
@Component
class MyCheckInsClient {

	private final RestClient restClient;

	MyCheckInsClient(ServiceClients clients) {
		this.restClient = clients.asSignedInUser(Service.INTAKE);
	}

	/** {@code GET /api/intake/my/screenings}; nothing yet when intake answers no body. */
	MyScreenings mine() {
		MyScreenings mine = call(() -> this.restClient.get()
			.uri("/api/intake/my/screenings")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(MyScreenings.class));
		return (mine != null) ? mine : new MyScreenings(List.of(), List.of());
	}

}
