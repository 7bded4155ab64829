package org.carepath.portal.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.referral.ReferralApi.RevokeRequest;
import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.carepath.portal.referral.ReferralListController.NO_STORE;
import static org.carepath.portal.referral.ReferralListController.requireId;

/**
 * One referral for staff: its status and every change (the partner's answers too), what
 * was shared, the consent, and the accounting of disclosures. A clinician records a
 * patient's revocation here, in two steps: the form, then a confirmation that says what
 * revoking does and does not do. Never cached: health data.
 */
@Controller
class ReferralDetailController {

	private static final Map<String, String> DONE = Map.of("referred",
			"Referral made. The consent is recorded and the program has been sent the referral. The screening shows"
					+ " the referral in a moment; once its brief intervention is recorded, it is marked referred.",
			"revoked",
			"Consent revoked. Nothing more will be disclosed, and the program has been told the referral is cancelled.");

	private final ReferralsClient referrals;

	private final ZoneId zone;

	ReferralDetailController(ReferralsClient referrals, @Value("${carepath.portal.time-zone:UTC}") ZoneId zone) {
		this.referrals = referrals;
		this.zone = zone;
	}

	@GetMapping("/staff/referrals/{id}")
	String detail(@PathVariable String id, @RequestParam(required = false) @Nullable String done,
			HttpServletResponse response, Model model) {
		model.addAttribute("done", (done != null) ? DONE.get(done) : null);
		return page(id, response, model, new RevokeForm("", "patient", LocalDate.now(this.zone).toString()),
				FieldErrors.none(), null);
	}

	/**
	 * Without {@code confirm=yes} this only shows the confirmation; with it, the
	 * revocation is recorded. A refusal brings the clinician back to the form with what
	 * they typed and the reasons.
	 */
	@PostMapping("/staff/referrals/{id}/revoke")
	String revoke(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String requestedBy, @RequestParam(defaultValue = "") String receivedOn,
			@RequestParam(defaultValue = "") String confirm, HttpServletResponse response, Model model) {
		requireId(id);
		RevokeForm form = new RevokeForm(reason.strip(), requestedBy, receivedOn.strip());
		FieldErrors errors = form.check();
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, response, model, form, errors, null);
		}
		if (!"yes".equals(confirm)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			model.addAttribute("referral", this.referrals.referral(id));
			model.addAttribute("revoke", form);
			return "referral/revoke";
		}
		try {
			this.referrals.revoke(id, form.toRequest());
			return "redirect:/staff/referrals/" + id + "?done=revoked";
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 400 || problem.status() == 422) {
				response.setStatus(problem.status());
				return page(id, response, model, form, ReferralErrors.from(problem, ReferralErrors.REVOKE_FORM), null);
			}
			if (problem.status() == 409) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return page(id, response, model, form, FieldErrors.none(), (problem.detail() != null) ? problem.detail()
						: "The consent for this referral was already revoked.");
			}
			throw problem;
		}
	}

	private String page(String id, HttpServletResponse response, Model model, RevokeForm revoke, FieldErrors errors,
			@Nullable String problem) {
		requireId(id);
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		model.addAttribute("referral", this.referrals.referral(id));
		model.addAttribute("disclosures", this.referrals.disclosures(id));
		// The elements and purposes in the words the patient consented to.
		model.addAttribute("terms", this.referrals.consentTerms(false, false));
		model.addAttribute("revoke", revoke);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("signerRoles", ReferralWords.SIGNER_ROLES);
		return "referral/detail";
	}

	/**
	 * The revocation as the clinician records it: why, who asked (the patient or their
	 * representative), when.
	 */
	record RevokeForm(String reason, String requestedBy, String receivedOn) {

		FieldErrors check() {
			FieldErrors errors = FieldErrors.none();
			if (this.reason.isEmpty()) {
				errors = errors.and("revoke-reason", "Reason",
						"Write how the patient asked to revoke (for example: \"phoned on Monday, asked to stop\")");
			}
			else if (this.reason.length() > 500) {
				errors = errors.and("revoke-reason", "Reason", "At most 500 characters");
			}
			if (!this.receivedOn.isEmpty() && receivedDate() == null) {
				errors = errors.and("revoke-received-on", "Received on", "Enter a date like 2026-04-30");
			}
			return errors;
		}

		RevokeRequest toRequest() {
			return new RevokeRequest(this.reason, this.requestedBy.isBlank() ? null : this.requestedBy, receivedDate());
		}

		/**
		 * The day the request was received, for the confirmation; null when not given.
		 */
		public @Nullable LocalDate receivedDate() {
			try {
				return this.receivedOn.isEmpty() ? null : LocalDate.parse(this.receivedOn);
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

	}

}
