package org.carepath.portal.check;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.check.IntakeApi.Answer;
import org.carepath.portal.system.ServiceProblem;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff administer a screening on a patient's behalf (in person or on the phone): the
 * same questionnaire form as the public self-check, submitted as {@code mode: staff} with
 * the staff member's token, so intake records who administered it. Afterwards the new
 * screening's staff page. Staff only (SecurityConfiguration). No autosave: a staff
 * computer is shared, answers must not linger in its browser.
 */
@Controller
class AdministerController {

	private final IntakeClient intake;

	AdministerController(IntakeClient intake) {
		this.intake = intake;
	}

	@GetMapping("/staff/administer")
	String instruments(Model model) {
		model.addAttribute("instruments", this.intake.instruments());
		return "check/administer-instruments";
	}

	@GetMapping("/staff/administer/{instrument}")
	String form(@PathVariable String instrument, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CheckController.NO_STORE);
		Questionnaire questionnaire = this.intake.questionnaire(CheckController.checked(instrument));
		CheckController.formModel(model, questionnaire, CheckForm.blank(), CheckErrors.none());
		return "check/administer";
	}

	@PostMapping("/staff/administer/{instrument}")
	String submit(@PathVariable String instrument, @RequestParam MultiValueMap<String, String> parameters,
			Authentication authentication, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CheckController.NO_STORE);
		Questionnaire questionnaire = this.intake.questionnaire(CheckController.checked(instrument));
		CheckForm form = CheckForm.from(parameters);
		Map<String, Answer> answers = form.apiAnswers(questionnaire);
		ScreeningResult result;
		try {
			result = this.intake.submit(questionnaire.id(), "staff", answers, form.sex(), form.ageBand(),
					form.idempotencyKey(), IntakeClient.Caller.staff(authentication));
		}
		catch (ServiceProblem problem) {
			if (problem.status() != 400 && problem.status() != 422) {
				throw problem;
			}
			return again(model, response, questionnaire, form.withNewKey(), CheckErrors.from(questionnaire, problem));
		}
		if (result.id() == null) {
			// Stored, but intake did not say where: the queue shows it.
			return "redirect:/staff/queue";
		}
		return "redirect:/staff/screenings/" + result.id() + "?done=administered";
	}

	private static String again(Model model, HttpServletResponse response, Questionnaire questionnaire, CheckForm form,
			CheckErrors errors) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		CheckController.formModel(model, questionnaire, form, errors);
		return "check/administer";
	}

}
