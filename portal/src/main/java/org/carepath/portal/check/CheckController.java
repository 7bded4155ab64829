package org.carepath.portal.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.check.IntakeApi.Answer;
import org.carepath.portal.pageviews.PageViewCounter;
import org.carepath.portal.system.ServiceListing;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public self-checks: the list, one check's form (all questions on one page, works
 * without JavaScript), and the result, rendered as the answer to the POST. Form and
 * result are never cached: the form carries a CSRF token and a one-off idempotency key,
 * the result is someone's answers.
 */
@Controller
class CheckController {

	static final String NO_STORE = "no-store";

	private static final Pattern INSTRUMENT = Pattern.compile("[a-z0-9.-]{1,40}");

	private static final String AUTOSAVE_SCRIPT = "/js/check-autosave.js";

	/** An article's slug, as its self-check links name it ({@code ?from=}). */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,30}");

	private final IntakeClient intake;

	private final PageViewCounter views;

	CheckController(IntakeClient intake, PageViewCounter views) {
		this.intake = intake;
		this.views = views;
	}

	@GetMapping("/check")
	String instruments(Model model) {
		ServiceListing<IntakeApi.Instrument> instruments = this.intake.instruments();
		model.addAttribute("instruments", instruments);
		model.addAttribute("chooser", CheckChooser.of(instruments.items()));
		return "check/instruments";
	}

	@GetMapping("/check/{instrument}")
	String form(@PathVariable String instrument, @RequestParam(required = false) @Nullable String from,
			HttpServletResponse response, Model model) {
		Questionnaire questionnaire = this.intake.questionnaire(checked(instrument));
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		// Reached from an article's link: counted for that article (the content service
		// keeps only slugs of its articles).
		if (from != null && from.length() <= 120 && SLUG.matcher(from).matches()) {
			this.views.checkStarted(from);
		}
		return form(model, questionnaire, CheckForm.blank(), CheckErrors.none());
	}

	@PostMapping("/check/{instrument}")
	String submit(@PathVariable String instrument, @RequestParam MultiValueMap<String, String> parameters,
			@Nullable Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		Questionnaire questionnaire = this.intake.questionnaire(checked(instrument));
		CheckForm form = CheckForm.from(parameters);
		Map<String, Answer> answers = form.apiAnswers(questionnaire);
		ScreeningResult result;
		try {
			result = this.intake.submit(questionnaire.id(), "self", answers, form.sex(), form.ageBand(),
					form.idempotencyKey(), IntakeClient.Caller.visitor(authentication, request.getRemoteAddr()));
		}
		catch (TooManyRequests tooMany) {
			// Nothing was stored: the same answers, a new key, and when to try again.
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfter().toSeconds()));
			return form(model, questionnaire, form.withNewKey(), new CheckErrors(List
				.of(new CheckErrors.Message(CheckErrors.FORM, CheckErrors.FORM, "", tooMany.message("self-checks")))));
		}
		catch (ServiceProblem problem) {
			if (problem.status() != 400 && problem.status() != 422) {
				throw problem;
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, questionnaire, form.withNewKey(), CheckErrors.from(questionnaire, problem));
		}
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("result", result);
		if (result.id() != null) {
			model.addAttribute("contact", ContactForm.blank(result.id()));
			model.addAttribute("contactErrors", CheckErrors.none());
			model.addAttribute("preferredTimes", ContactForm.PREFERRED_TIMES);
		}
		model.addAttribute("scripts", List.of(AUTOSAVE_SCRIPT));
		return "check/result";
	}

	private static String form(Model model, Questionnaire questionnaire, CheckForm form, CheckErrors errors) {
		formModel(model, questionnaire, form, errors);
		model.addAttribute("scripts", List.of(AUTOSAVE_SCRIPT));
		return "check/form";
	}

	/** What the questions fragment reads; shared with the staff-administered form. */
	static void formModel(Model model, Questionnaire questionnaire, CheckForm form, CheckErrors errors) {
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("sexes", CheckForm.SEXES);
		model.addAttribute("ageBands", CheckForm.AGE_BANDS);
	}

	static String checked(String instrument) {
		if (!INSTRUMENT.matcher(instrument).matches()) {
			throw new ServiceProblem(404, null, null, List.of());
		}
		return instrument;
	}

}
