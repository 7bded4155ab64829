package org.carepath.portal.check;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The result page's optional "please contact me". Success answers with a thank-you page
 * that echoes the details once, so the person can spot a typo (a reload sends nothing
 * twice: intake keeps one request per screening). No HTTP session is involved, so any
 * portal instance can serve any step; a problem shows the form again on its own page with
 * the person's entries and what to fix. Never cached: it holds contact details.
 */
@Controller
class ContactController {

	static final String ALREADY_GIVEN = "We already have your request to be contacted about this check. There is"
			+ " nothing more you need to do: a counselor will be in touch.";

	static final String TOO_OLD = "This self-check can no longer take a contact request. Please take a new"
			+ " self-check, or call us.";

	private final IntakeClient intake;

	ContactController(IntakeClient intake) {
		this.intake = intake;
	}

	@PostMapping("/check/contact")
	String contact(@RequestParam(defaultValue = "") String screeningId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String preferredTime,
			@RequestParam(defaultValue = "false") boolean consent, @Nullable Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CheckController.NO_STORE);
		if (!ContactForm.isScreeningId(screeningId)) {
			throw new ServiceProblem(404, null, null, List.of());
		}
		ContactForm form = new ContactForm(screeningId, name, phone, email, preferredTime, consent);
		CheckErrors errors = form.check();
		if (!errors.isEmpty()) {
			return page(model, response, HttpStatus.BAD_REQUEST, form, errors);
		}
		try {
			IntakeApi.ContactReceipt receipt = this.intake.contact(screeningId, form,
					IntakeClient.Caller.visitor(authentication, request.getRemoteAddr()));
			// The thank-you page is this response, not a redirect with flash attributes:
			// those live in an HTTP session, which one portal instance of several would
			// not find. A reload sends the request again and intake answers 409: the page
			// then says the request is already there; nothing is stored twice.
			model.addAttribute("given", form);
			model.addAttribute("receipt", receipt);
			return thanks(response, model);
		}
		catch (TooManyRequests tooMany) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfter().toSeconds()));
			return page(model, response, HttpStatus.TOO_MANY_REQUESTS, form,
					new CheckErrors(List.of(ContactForm.formMessage(tooMany.message("requests")))));
		}
		catch (ServiceProblem problem) {
			return switch (problem.status()) {
				case 400, 422 -> page(model, response, HttpStatus.BAD_REQUEST, form, ContactForm.errorsFrom(problem));
				case 409 -> page(model, response, HttpStatus.CONFLICT, null,
						new CheckErrors(List.of(ContactForm.formMessage(ALREADY_GIVEN))));
				case 404 -> page(model, response, HttpStatus.NOT_FOUND, null,
						new CheckErrors(List.of(ContactForm.formMessage(TOO_OLD))));
				default -> throw problem;
			};
		}
	}

	@GetMapping("/check/contact/thanks")
	String thanks(HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CheckController.NO_STORE);
		model.addAttribute("preferredTimes", ContactForm.PREFERRED_TIMES);
		return "check/contact-thanks";
	}

	/**
	 * The form again with what to fix, or (form {@code null}) only the message when
	 * sending again would not help.
	 */
	private static String page(Model model, HttpServletResponse response, HttpStatus status, @Nullable ContactForm form,
			CheckErrors errors) {
		response.setStatus(status.value());
		model.addAttribute("contact", form);
		model.addAttribute("contactErrors", errors);
		model.addAttribute("preferredTimes", ContactForm.PREFERRED_TIMES);
		return "check/contact";
	}

}
