package org.carepath.portal.oncall;

import org.carepath.portal.oncall.RosterApi.EscalationContactRequest;
import org.carepath.portal.oncall.RosterApi.ExceptionRequest;
import org.carepath.portal.oncall.RosterApi.Roster;
import org.carepath.portal.oncall.RosterApi.SlotRequest;
import org.carepath.portal.system.ServiceClients;
import org.carepath.portal.system.ServiceClients.Service;
import org.carepath.portal.system.ServiceProblem;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import static org.carepath.portal.system.ServiceCalls.call;
import static org.carepath.portal.system.ServiceCalls.required;

/**
 * Intake's roster API, called as the signed-in admin (their token goes along: intake
 * checks the admin role and records who changed what). Every failure arrives as a
 * {@link ServiceProblem}.
 */
@Component
class RosterClient {

	static final String ROSTER = "/api/intake/on-call";

	private final RestClient restClient;

	RosterClient(ServiceClients clients) {
		this.restClient = clients.asSignedInUser(Service.INTAKE);
	}

	Roster roster() {
		return call(() -> required(
				this.restClient.get().uri(ROSTER).accept(MediaType.APPLICATION_JSON).retrieve().body(Roster.class)));
	}

	void addSlot(SlotRequest slot) {
		post(ROSTER + "/slots", slot);
	}

	void deleteSlot(String id) {
		delete(ROSTER + "/slots/{id}", id);
	}

	void addException(ExceptionRequest exception) {
		post(ROSTER + "/exceptions", exception);
	}

	void deleteException(String id) {
		delete(ROSTER + "/exceptions/{id}", id);
	}

	void changeEscalationContact(String email) {
		call(() -> this.restClient.put()
			.uri(ROSTER + "/escalation-contact")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.body(new EscalationContactRequest(email))
			.retrieve()
			.toBodilessEntity());
	}

	private void post(String path, Object body) {
		call(() -> this.restClient.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.body(body)
			.retrieve()
			.toBodilessEntity());
	}

	private void delete(String path, String id) {
		call(() -> this.restClient.delete()
			.uri(path, id)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.retrieve()
			.toBodilessEntity());
	}

}
