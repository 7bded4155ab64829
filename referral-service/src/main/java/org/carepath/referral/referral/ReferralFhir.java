package org.carepath.referral.referral;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

import org.carepath.referral.consent.StoredConsent;
import org.carepath.referral.program.ProgramDirectory;
import org.carepath.support.fhir.Narratives;
import org.carepath.support.fhir.Part2SecurityLabels;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A referral in FHIR R4 (docs/architecture.md, HL7 BSeR style): the ServiceRequest says
 * what is asked, the Task carries its lifecycle, the Consent the patient's Part 2
 * consent, with the description of the information as signed. Every resource carries the
 * Part 2 security labels and a generated narrative.
 */
@Component
class ReferralFhir {

	static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

	/** The ASAM Criteria levels; the edition is the code system version. */
	static final String ASAM_LEVELS = "https://www.asam.org/asam-criteria/levels-of-care";

	static final String REASON_CATEGORIES = "urn:carepath:referral-reason-category";

	private static final Map<ReferralStatus, Task.TaskStatus> TASK_STATUS = Map.of(ReferralStatus.REQUESTED,
			Task.TaskStatus.REQUESTED, ReferralStatus.ACCEPTED, Task.TaskStatus.ACCEPTED, ReferralStatus.REJECTED,
			Task.TaskStatus.REJECTED, ReferralStatus.IN_PROGRESS, Task.TaskStatus.INPROGRESS, ReferralStatus.COMPLETED,
			Task.TaskStatus.COMPLETED, ReferralStatus.CANCELLED, Task.TaskStatus.CANCELLED);

	private final FhirContext context = FhirContext.forR4Cached();

	/**
	 * The disclosing clinic (the Task's requester, the Consent's organization): its
	 * configured name.
	 */
	private final String clinicName;

	/** The clinic's time zone, which decides the date a revocation was recorded on. */
	private final ZoneId clinicZone;

	ReferralFhir(@Value("${carepath.clinic.name}") String clinicName, Clock clock) {
		this.clinicName = clinicName;
		this.clinicZone = clock.getZone();
	}

	String bundle(ReferralRecord referral, StoredConsent consent, ProgramDirectory.Listing program,
			List<StatusChange> history, LocalDate today) {
		// The Task's id is derived from the referral's, so the same referral always gives
		// the same bundle ids.
		UUID taskId = UUID.nameUUIDFromBytes(("task:" + referral.id()).getBytes(StandardCharsets.UTF_8));
		String serviceRequestUrl = "urn:uuid:" + referral.id();
		String consentUrl = "urn:uuid:" + consent.id();
		Reference performer = new Reference("Organization/" + program.id()).setDisplay(program.name());
		Reference patient = new Reference().setDisplay(referral.patientName());
		Reference clinic = new Reference().setDisplay(this.clinicName);

		ServiceRequest request = new ServiceRequest();
		request.setId(referral.id().toString());
		request.setMeta(Part2SecurityLabels.meta());
		request.addIdentifier(new Identifier().setSystem("urn:carepath:referral").setValue(referral.id().toString()));
		request.setStatus(serviceRequestStatus(referral.status()));
		request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		request.addCategory(new CodeableConcept(new Coding("http://snomed.info/sct", "3457005", "Patient referral")));
		String levelName = ProgramDirectory.levelName(referral.asamEdition(), referral.levelCode());
		request.setCode(new CodeableConcept(
				new Coding(ASAM_LEVELS, referral.levelCode(), levelName).setVersion(referral.asamEdition()))
			.setText("ASAM Criteria (edition " + referral.asamEdition() + ") level " + referral.levelCode() + ": "
					+ levelName));
		request.addReasonCode(new CodeableConcept(new Coding(REASON_CATEGORIES, referral.reasonCategory(), null)));
		request.setSubject(patient);
		request.setAuthoredOn(Date.from(referral.createdAt()));
		request.setRequester(new Reference().setDisplay(referral.requestedBy()));
		request.addPerformer(performer);
		request.addSupportingInfo(new Reference(consentUrl));
		request.setText(Narratives.generated(
				"Referral to " + program.name() + " for " + request.getCode().getText() + ".",
				"Reason category: " + referral.reasonCategory() + ".", "Status: " + referral.status().code() + "."));

		Task task = new Task();
		task.setId(taskId.toString());
		task.setMeta(Part2SecurityLabels.meta());
		task.setStatus(TASK_STATUS.get(referral.status()));
		task.setIntent(Task.TaskIntent.ORDER);
		task.setFocus(new Reference(serviceRequestUrl));
		task.setFor(patient);
		task.setAuthoredOn(Date.from(referral.createdAt()));
		task.setLastModified(Date.from(referral.updatedAt()));
		task.setRequester(clinic);
		task.setOwner(performer);
		history.stream()
			.reduce((first, second) -> second)
			.filter(last -> last.reason() != null)
			.ifPresent(last -> task.setStatusReason(new CodeableConcept().setText(last.reason())));
		task.setText(Narratives.generated("Referral to " + program.name() + ": " + referral.status().code()
				+ (task.hasStatusReason() ? " (" + task.getStatusReason().getText() + ")" : "") + "."));

		Consent fhirConsent = new Consent();
		fhirConsent.setId(consent.id().toString());
		fhirConsent.setMeta(Part2SecurityLabels.meta());
		fhirConsent.addIdentifier(new Identifier().setSystem("urn:carepath:consent").setValue(consent.id().toString()));
		fhirConsent.setStatus((consent.revoked() || consent.expiredOn(today)) ? Consent.ConsentState.INACTIVE
				: Consent.ConsentState.ACTIVE);
		fhirConsent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
				"patient-privacy", "Privacy Consent")));
		fhirConsent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Consent Document")));
		fhirConsent.addCategory(new CodeableConcept(new Coding(ACT_CODE, "IDSCL", "information disclosure")));
		fhirConsent.setPatient(new Reference().setDisplay(consent.patientName()));
		fhirConsent.setDateTimeElement(new DateTimeType(consent.signedOn().toString()));
		fhirConsent.addPerformer(new Reference().setDisplay(consent.signedBy() + " (" + consent.signerRole() + ")"));
		fhirConsent.addOrganization(clinic);
		fhirConsent.addPolicy().setUri("https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2");
		fhirConsent.setPolicyRule(new CodeableConcept(new Coding(ACT_CODE, "42CFRPart2", "42 CFR Part2")));
		Consent.ProvisionComponent provision = fhirConsent.getProvision();
		provision.setType(Consent.ConsentProvisionType.PERMIT);
		// Dates at both ends: a consent is signed on a day and ends with a day (FHIR
		// reads a
		// date end as the whole day), and per-1 can only order two values of one
		// precision
		// — a date start and an instant end on the same day compare as neither.
		LocalDate revokedOn = consent.revoked() ? LocalDate.ofInstant(consent.revocation().revokedAt(), this.clinicZone)
				: null;
		LocalDate end = (revokedOn != null) ? revokedOn : consent.expiresOn();
		Period period = new Period().setStartElement(new DateTimeType(consent.signedOn().toString()));
		if (end != null) {
			period.setEndElement(new DateTimeType(end.toString()));
		}
		provision.setPeriod(period);
		provision.addActor()
			.setRole(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
					"IRCP", "information recipient")))
			.setReference(
					new Reference("Organization/" + consent.recipientProgramId()).setDisplay(consent.recipientName()));
		provision.addPurpose(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "TREAT", "treatment"));
		provision.addData()
			.setMeaning(Consent.ConsentDataMeaning.RELATED)
			.setReference(new Reference(serviceRequestUrl));
		consent.elements()
			.forEach(element -> provision
				.addCode(new CodeableConcept(new Coding("urn:carepath:disclosure-element", element, null))));
		fhirConsent.setText(signedDescription(consent,
				"42 CFR Part 2 consent signed on " + consent.signedOn() + " by " + consent.signedBy() + " ("
						+ consent.signerRole() + ").",
				"Permits " + this.clinicName + " to disclose to " + consent.recipientName() + " for treatment: "
						+ String.join(", ", consent.elements()) + ".",
				(revokedOn != null) ? "Revoked on " + revokedOn + "." : (consent.expiresOn() != null)
						? "Expires on " + consent.expiresOn() + "." : "Ends with: " + consent.expiryEvent() + "."));

		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setMeta(Part2SecurityLabels.meta());
		bundle.setTimestamp(Date.from(referral.updatedAt()));
		for (Resource resource : List.<Resource>of(request, task, fhirConsent)) {
			bundle.addEntry().setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart()).setResource(resource);
		}
		return this.context.newJsonParser().setPrettyPrint(false).encodeResourceToString(bundle);
	}

	/**
	 * The information the consent covers in the words the patient signed, exactly as
	 * stored, first; then what the structured data says. The narrative is the only place
	 * a FHIR Consent carries those words ("additional": the coded elements in the
	 * provision do not say it all).
	 */
	private static Narrative signedDescription(StoredConsent consent, String... summary) {
		Narrative narrative = Narratives.generated(summary);
		XhtmlNode div = narrative.getDiv();
		XhtmlNode signed = new XhtmlNode(NodeType.Element, "p");
		signed.addText(consent.informationDescription());
		div.getChildNodes().add(0, signed);
		return narrative.setStatus(Narrative.NarrativeStatus.ADDITIONAL);
	}

	private static ServiceRequest.ServiceRequestStatus serviceRequestStatus(ReferralStatus status) {
		return switch (status) {
			case REQUESTED, ACCEPTED, IN_PROGRESS -> ServiceRequest.ServiceRequestStatus.ACTIVE;
			case COMPLETED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
			case REJECTED, CANCELLED -> ServiceRequest.ServiceRequestStatus.REVOKED;
		};
	}

}
