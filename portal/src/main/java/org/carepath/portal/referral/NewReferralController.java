package org.carepath.portal.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.referral.ReferralApi.ConsentTerms;
import org.carepath.portal.referral.ReferralApi.Details;
import org.carepath.portal.referral.ReferralApi.Program;
import org.carepath.portal.referral.ReferralApi.Screening;
import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.carepath.portal.referral.ReferralListController.NO_STORE;
import static org.carepath.portal.referral.ReferralListController.requireId;

/**
 * Referring a screened person (clinicians only, SecurityConfiguration). Step 1 chooses
 * the level of care and the population and lists the programs that offer them, accepting
 * ones first. Step 2 is the referral with the patient's consent, every 42 CFR §2.31
 * element on the page, in the referral service's words ({@link ConsentTerms}: who
 * discloses, the purpose, the right to revoke, the elements, the standard description).
 * <p>
 * The description the patient reads is the one posted, byte for byte
 * (docs/part2-consent.md): the page is built with the standard description for the share
 * choices; when they change, "Update the description" (or the page's script, live) shows
 * the standard text for the new choices, and a form posted with the old standard text
 * under new choices comes back with the new text to read, unsent. Text the clinician
 * wrote is never replaced.
 * <p>
 * The referral service's consent gate decides: a refusal shows each failing element next
 * to its field in plain words, with everything typed kept; nothing is stored or sent
 * until it passes. The screening follows from the referral service's lifecycle event
 * (intake links it): this page writes nothing to intake.
 */
@Controller
class NewReferralController {

	static final String UNAVAILABLE = "The referral service is not answering just now, so nothing was stored or"
			+ " sent. The form is still filled in: please try again in a minute.";

	static final String READ_AGAIN = "The description now says what will be shared with the choices above. Read it"
			+ " with the patient before they sign.";

	private final ReferralsClient referrals;

	private final ZoneId zone;

	NewReferralController(ReferralsClient referrals, @Value("${carepath.portal.time-zone:UTC}") ZoneId zone) {
		this.referrals = referrals;
		this.zone = zone;
	}

	@GetMapping("/staff/referrals/new")
	String start(@RequestParam(required = false) @Nullable String screening,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String population,
			@RequestParam(required = false) @Nullable String program, HttpServletResponse response, Model model) {
		requireId(screening);
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		Screening found = this.referrals.screening(screening);
		String chosenLevel = (level != null && ReferralWords.LEVELS.containsKey(level)) ? level : null;
		String chosenPopulation = (population != null && ReferralWords.POPULATIONS.containsKey(population)) ? population
				: (population == null) ? populationOf(found) : null;
		if (program != null && chosenLevel != null) {
			requireId(program);
			Program recipient = this.referrals.program(program);
			ConsentTerms terms = this.referrals.consentTerms(false, false);
			ReferralForm form = ReferralForm.start(found, chosenLevel, text(chosenPopulation), recipient.id(),
					LocalDate.now(this.zone), terms);
			return form(model, found, recipient, form, terms, FieldErrors.none());
		}
		model.addAttribute("screening", found);
		model.addAttribute("level", chosenLevel);
		model.addAttribute("population", chosenPopulation);
		model.addAttribute("levels", ReferralWords.LEVELS);
		model.addAttribute("populations", ReferralWords.POPULATIONS);
		model.addAttribute("programs",
				(chosenLevel != null)
						? this.referrals.programs(ReferralWords.ASAM_EDITION, chosenLevel, chosenPopulation)
							.stream()
							.sorted(Program.ACCEPTING_FIRST)
							.toList()
						: null);
		return "referral/choose";
	}

	/**
	 * The standard description for these share choices, for the form's script: the same
	 * text the page would show after "Update the description". No health data.
	 */
	@GetMapping(path = "/staff/referrals/consent-description", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, String> description(@RequestParam(defaultValue = "false") boolean sharesContact,
			@RequestParam(defaultValue = "false") boolean sharesScores) {
		String description = this.referrals.consentTerms(sharesContact, sharesScores).description();
		return Map.of("description", (description != null) ? description : "");
	}

	/**
	 * {@code refresh} (the "Update the description" button) only shows the form again,
	 * with the standard description for the choices made; nothing is sent.
	 */
	@PostMapping("/staff/referrals/new")
	String refer(@ModelAttribute("form") ReferralForm form, @RequestParam(required = false) @Nullable String refresh,
			HttpServletResponse response, Model model) {
		requireId(form.getScreening());
		requireId(form.getProgram());
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		Screening screening = this.referrals.screening(form.getScreening());
		Program recipient = this.referrals.program(form.getProgram());
		ConsentTerms terms = this.referrals.consentTerms(form.sharesContact(), form.sharesScores());
		boolean descriptionChanged = form.followChoices(terms);
		if (refresh != null) {
			return form(model, screening, recipient, form, terms, FieldErrors.none());
		}
		FieldErrors errors = form.check();
		if (descriptionChanged) {
			// What the patient read is not what the choices now share: never sent unread.
			errors = errors.and("information-description", "3. What information", READ_AGAIN);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, screening, recipient, form, terms, errors);
		}
		try {
			Details referral = this.referrals.refer(form.toRequest(screening, recipient, terms),
					form.getIdempotencyKey());
			requireId(referral.id());
			return "redirect:/staff/referrals/" + referral.id() + "?done=referred";
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 400 || problem.status() == 422) {
				response.setStatus(problem.status());
				return form(model, screening, recipient, form, terms,
						ReferralErrors.from(problem, ReferralErrors.REFERRAL_FORM, terms));
			}
			if (problem.isUnavailable()) {
				response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return form(model, screening, recipient, form, terms,
						FieldErrors.of(ReferralErrors.REFERRAL_FORM, "", UNAVAILABLE));
			}
			throw problem;
		}
	}

	private String form(Model model, Screening screening, Program program, ReferralForm form, ConsentTerms terms,
			FieldErrors errors) {
		model.addAttribute("screening", screening);
		model.addAttribute("program", program);
		model.addAttribute("form", form);
		model.addAttribute("terms", terms);
		model.addAttribute("errors", errors);
		model.addAttribute("reasons", ReferralWords.REASONS);
		model.addAttribute("signerRoles", ReferralWords.SIGNER_ROLES);
		model.addAttribute("today", LocalDate.now(this.zone).toString());
		model.addAttribute("scripts", List.of("/js/referral-consent.js"));
		return "referral/form";
	}

	/**
	 * The population a program must serve, from the age band the person gave ("15-17",
	 * "18-25", "65+").
	 */
	static @Nullable String populationOf(Screening screening) {
		if (screening.respondent() == null || screening.respondent().ageBand() == null) {
			return null;
		}
		String band = screening.respondent().ageBand();
		java.util.regex.Matcher first = java.util.regex.Pattern.compile("\\d+").matcher(band);
		if (!first.find()) {
			return null;
		}
		int from = Integer.parseInt(first.group());
		if (from < 18) {
			return "adolescents";
		}
		return (from <= 25) ? "young-adults" : "adults";
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
