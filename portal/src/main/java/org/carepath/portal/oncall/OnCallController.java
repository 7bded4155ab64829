package org.carepath.portal.oncall;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.carepath.support.text.Text.blankToNull;

/**
 * The on-call roster for admins (SecurityConfiguration; intake checks the role again):
 * who is on call now, the weekly slots, the dated exceptions and the clinic-wide
 * escalation contact, each with its form. A change is Post-Redirect-Get; a refusal (a
 * missing field, intake's 400 or an overlap, 409) shows the page again with the reason on
 * the form that was posted.
 */
@Controller
class OnCallController {

	static final String PATH = "/staff/admin/on-call";

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/**
	 * The messages after a redirect: a fixed set, so nothing from the address is echoed.
	 */
	private static final Map<String, String> DONE = Map.of("slot-added", "Weekly slot added.", "slot-deleted",
			"Weekly slot deleted.", "exception-added", "Exception added.", "exception-deleted", "Exception deleted.",
			"contact-changed", "Clinic-wide escalation contact changed.", "already-deleted",
			"That entry had already been deleted.");

	private final RosterClient roster;

	OnCallController(RosterClient roster) {
		this.roster = roster;
	}

	@GetMapping(PATH)
	String roster(@RequestParam(required = false) @Nullable String done, Model model) {
		model.addAttribute("done", (done != null) ? DONE.get(done) : null);
		return page(model, SlotForm.empty(), FieldErrors.none(), ExceptionForm.empty(), FieldErrors.none(), null,
				FieldErrors.none());
	}

	@PostMapping(PATH + "/slots")
	String addSlot(SlotForm slot, HttpServletResponse response, Model model) {
		FieldErrors errors = slot.check();
		if (errors.isEmpty()) {
			try {
				this.roster.addSlot(slot.request());
				return "redirect:" + PATH + "?done=slot-added";
			}
			catch (ServiceProblem problem) {
				errors = refusal(problem, RosterErrors.slot(problem), response);
			}
		}
		else {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return page(model, slot, errors, ExceptionForm.empty(), FieldErrors.none(), null, FieldErrors.none());
	}

	@PostMapping(PATH + "/exceptions")
	String addException(ExceptionForm exception, HttpServletResponse response, Model model) {
		FieldErrors errors = exception.check();
		if (errors.isEmpty()) {
			try {
				this.roster.addException(exception.request());
				return "redirect:" + PATH + "?done=exception-added";
			}
			catch (ServiceProblem problem) {
				errors = refusal(problem, RosterErrors.exception(problem), response);
			}
		}
		else {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return page(model, SlotForm.empty(), FieldErrors.none(), exception, errors, null, FieldErrors.none());
	}

	@PostMapping(PATH + "/escalation-contact")
	String changeEscalationContact(@RequestParam(defaultValue = "") String email, HttpServletResponse response,
			Model model) {
		String address = blankToNull(email);
		FieldErrors errors;
		if (address == null) {
			errors = FieldErrors.of(RosterErrors.CONTACT_EMAIL, "Escalation contact",
					"Enter the email address to notify when no slot or exception covers the time");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		else {
			try {
				this.roster.changeEscalationContact(address);
				return "redirect:" + PATH + "?done=contact-changed";
			}
			catch (ServiceProblem problem) {
				errors = refusal(problem, RosterErrors.contact(problem), response);
			}
		}
		return page(model, SlotForm.empty(), FieldErrors.none(), ExceptionForm.empty(), FieldErrors.none(), email,
				errors);
	}

	@PostMapping(PATH + "/slots/{id}/delete")
	String deleteSlot(@PathVariable String id) {
		requireId(id);
		return deleted(() -> this.roster.deleteSlot(id), "slot-deleted");
	}

	@PostMapping(PATH + "/exceptions/{id}/delete")
	String deleteException(@PathVariable String id) {
		requireId(id);
		return deleted(() -> this.roster.deleteException(id), "exception-deleted");
	}

	/** Someone else deleting it first is not an error: it is gone either way. */
	private static String deleted(Runnable delete, String done) {
		try {
			delete.run();
			return "redirect:" + PATH + "?done=" + done;
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 404) {
				return "redirect:" + PATH + "?done=already-deleted";
			}
			throw problem;
		}
	}

	/**
	 * A refusal the form can show (400, 409, 422) becomes its errors; anything else (not
	 * allowed, unavailable) is the matching error page.
	 */
	private static FieldErrors refusal(ServiceProblem problem, FieldErrors errors, HttpServletResponse response) {
		return switch (problem.status()) {
			case 400, 422 -> {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				yield errors;
			}
			case 409 -> {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				yield errors;
			}
			default -> throw problem;
		};
	}

	private String page(Model model, SlotForm slot, FieldErrors slotErrors, ExceptionForm exception,
			FieldErrors exceptionErrors, @Nullable String contact, FieldErrors contactErrors) {
		RosterApi.Roster current = this.roster.roster();
		model.addAttribute("roster", current);
		model.addAttribute("days", SlotForm.DAYS.stream().map(day -> Map.entry(day, RosterApi.dayText(day))).toList());
		model.addAttribute("slotForm", slot);
		model.addAttribute("slotErrors", slotErrors);
		model.addAttribute("exceptionForm", exception);
		model.addAttribute("exceptionErrors", exceptionErrors);
		model.addAttribute("contact", (contact != null) ? contact : current.escalationContact());
		model.addAttribute("contactErrors", contactErrors);
		model.addAttribute("hasErrors",
				!(slotErrors.isEmpty() && exceptionErrors.isEmpty() && contactErrors.isEmpty()));
		return "oncall/roster";
	}

	private static void requireId(String id) {
		if (!ID.matcher(id).matches()) {
			throw new ServiceProblem(404, null, null, List.of());
		}
	}

}
