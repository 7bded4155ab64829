package org.carepath.portal.screening;

import java.util.List;
import java.util.Optional;

import org.carepath.portal.screening.IntakeStaffApi.AlertRow;
import org.carepath.portal.screening.IntakeStaffApi.Instrument;
import org.carepath.portal.screening.IntakeStaffApi.QueueItem;
import org.carepath.portal.screening.IntakeStaffApi.ScreeningDetail;
import org.carepath.portal.screening.IntakeStaffApi.StatusRequest;
import org.carepath.portal.system.ServiceClients;
import org.carepath.portal.system.ServiceClients.Service;
import org.carepath.portal.system.ServiceProblem;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import static org.carepath.portal.system.ServiceCalls.call;
import static org.carepath.portal.system.ServiceCalls.list;
import static org.carepath.portal.system.ServiceCalls.required;

/**
 * The intake service's staff API, called as the signed-in staff member (their token goes
 * along), so intake checks their role and audits every read under their name. Every
 * failure arrives as a {@link ServiceProblem}.
 */
@Component
public class ScreeningsClient {

	/** Why the detail is read, for intake's audit record. */
	static final String ACCESS_REASON = "Staff portal: screening review";

	private static final ParameterizedTypeReference<List<QueueItem>> QUEUE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<AlertRow>> ALERTS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Instrument>> INSTRUMENTS = new ParameterizedTypeReference<>() {
	};

	private final RestClient restClient;

	ScreeningsClient(ServiceClients clients) {
		this.restClient = clients.asSignedInUser(Service.INTAKE);
	}

	/**
	 * One page of the queue, {@link QueuePage#SIZE} rows; how many there are in all and
	 * whether more follow come from intake's {@code X-Total-Count} and {@code Link}
	 * headers.
	 */
	QueuePage queue(QueueFilter filter, int page) {
		ResponseEntity<List<QueueItem>> answer = call(() -> this.restClient.get()
			.uri(uri -> uri.path("/api/intake/screenings")
				.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
				.queryParamIfPresent("instrument", Optional.ofNullable(filter.instrument()))
				.queryParamIfPresent("band", Optional.ofNullable(filter.band()))
				.queryParam("page", page)
				.queryParam("size", QueuePage.SIZE)
				.build())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.toEntity(QUEUE));
		return QueuePage.of(list(answer.getBody()), page, answer.getHeaders());
	}

	List<AlertRow> openAlerts() {
		return call(() -> list(this.restClient.get()
			.uri("/api/intake/alerts?status=open")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(ALERTS)));
	}

	AlertRow acknowledge(String alertId) {
		return call(() -> required(this.restClient.post()
			.uri("/api/intake/alerts/{id}/acknowledge", alertId)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(AlertRow.class)));
	}

	ScreeningDetail detail(String id) {
		return call(() -> required(this.restClient.get()
			.uri("/api/intake/screenings/{id}", id)
			.accept(MediaType.APPLICATION_JSON)
			.header("X-Access-Reason", ACCESS_REASON)
			.retrieve()
			.body(ScreeningDetail.class)));
	}

	void changeStatus(String id, StatusRequest change) {
		call(() -> this.restClient.post()
			.uri("/api/intake/screenings/{id}/status", id)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.body(change)
			.retrieve()
			.toBodilessEntity());
	}

	/**
	 * For the queue's filter; an empty list when intake cannot say (the filter then
	 * offers only "all").
	 */
	List<Instrument> instruments() {
		try {
			return list(this.restClient.get()
				.uri("/api/intake/instruments")
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(INSTRUMENTS));
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

}
