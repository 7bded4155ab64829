package org.carepath.portal.referral;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.referral.ReferralApi.ConsentTerms;
import org.carepath.portal.referral.ReferralApi.Details;
import org.carepath.portal.referral.ReferralApi.Program;
import org.carepath.portal.referral.ReferralApi.Screening;
import org.carepath.portal.screening.ScreeningsClient;
import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.carepath.portal.referral.ReferralListController.NO_STORE;
import static org.carepath.portal.referral.ReferralListController.requireId;

/**
 * Referring a screened person (clinicians only, SecurityConfiguration). Step 1 chooses
 * the level of care and the population and lists the programs that offer them, accepting
 * ones first. Step 2 is the referral with the patient's consent, every 42 CFR §2.31
 * element on the page, in the referral service's words ({@link ConsentTerms}: who
 * discloses, the purpose, the right to revoke, the elements, the standard description).
 * The referral service's consent gate decides: a refusal shows each failing element next
 * to its field, with everything typed kept; nothing is stored or sent until it passes.
 */
@Controller
class NewReferralController {

	static final String UNAVAILABLE = "The referral service is not answering just now, so nothing was stored or"
			+ " sent. The form is still filled in: please try again in a minute.";

	private final ReferralsClient referrals;

	private final ZoneId zone;

	private final ScreeningsClient screenings;

	NewReferralController(ReferralsClient referrals, ScreeningsClient screenings,
			@Value("${carepath.portal.time-zone:UTC}") ZoneId zone) {
		this.referrals = referrals;
		this.screenings = screenings;
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

	@PostMapping("/staff/referrals/new")
	String refer(@ModelAttribute("form") ReferralForm form, HttpServletResponse response, Model model) {
		requireId(form.getScreening());
		requireId(form.getProgram());
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		Screening screening = this.referrals.screening(form.getScreening());
		Program recipient = this.referrals.program(form.getProgram());
		// The terms for the choices posted: their standard description replaces the
		// prefilled one when the clinician left it as it was.
		ConsentTerms terms = this.referrals.consentTerms(form.sharesContact(), form.sharesScores());
		FieldErrors errors = form.check();
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, screening, recipient, form, terms, errors);
		}
		try {
			Details referral = this.referrals.refer(form.toRequest(screening, recipient, terms));
			requireId(referral.id());
			// The screening's own status follows when intake allows it (after the brief
			// intervention); otherwise
			// the referral page says what is still open on the screening.
			boolean marked = screening.canBeMarkedReferred() && this.screenings.markReferred(screening.id(),
					"Referred to " + recipient.name() + " (referral " + referral.id() + ").");
			return "redirect:/staff/referrals/" + referral.id() + "?done="
					+ (marked ? "referred" : "referred-screening-open");
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 400 || problem.status() == 422) {
				response.setStatus(problem.status());
				return form(model, screening, recipient, form, terms,
						ReferralErrors.from(problem, ReferralErrors.REFERRAL_FORM));
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
