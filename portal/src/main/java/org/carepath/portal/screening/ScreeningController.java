package org.carepath.portal.screening;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.screening.IntakeStaffApi.ScreeningDetail;
import org.carepath.portal.screening.IntakeStaffApi.StatusRequest;
import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One screening for staff: the crisis state first, the score and what it suggests, every
 * question with its answer, contact details if the person gave them, and the workflow
 * (status history, the brief intervention, the next steps allowed). A status change is
 * Post-Redirect-Get; a refusal shows the form again with the reason. Never cached: health
 * data. Staff only (SecurityConfiguration).
 */
@Controller
class ScreeningController {

	static final String NO_STORE = "no-store";

	private static final Map<String, String> DONE = Map.ofEntries(
			Map.entry("acknowledged", QueueController.ACKNOWLEDGED),
			Map.entry("already-acknowledged", "This alert had already been acknowledged."),
			Map.entry("status", "Status changed."),
			Map.entry("administered", "Screening recorded as administered by you."));

	static final String CONFLICT = "Someone changed this screening while you were working on it. The page now shows"
			+ " its current state: check it, then make your change again if it is still needed.";

	private final ScreeningsClient screenings;

	ScreeningController(ScreeningsClient screenings) {
		this.screenings = screenings;
	}

	@GetMapping("/staff/screenings/{id}")
	String detail(@PathVariable String id, @RequestParam(required = false) @Nullable String done,
			HttpServletResponse response, Model model) {
		model.addAttribute("done", (done != null) ? DONE.get(done) : null);
		return page(id, response, model, "", "", FieldErrors.none(), null);
	}

	@PostMapping("/staff/screenings/{id}/status")
	String changeStatus(@PathVariable String id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) @Nullable Long recordVersion,
			HttpServletResponse response, Model model) {
		QueueController.requireId(id);
		String text = note.strip().replace("\r\n", "\n");
		FieldErrors errors = check(status, text);
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, response, model, status, note, errors, null);
		}
		try {
			this.screenings.changeStatus(id, new StatusRequest(status, text.isEmpty() ? null : text, recordVersion));
			return "redirect:/staff/screenings/" + id + "?done=status";
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 400 || problem.status() == 422) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				return page(id, response, model, status, note, StatusErrors.from(problem), null);
			}
			if (problem.status() == 409) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				String reason = problem.isType("transition-not-allowed") && problem.detail() != null ? problem.detail()
						: CONFLICT;
				return page(id, response, model, "", note, FieldErrors.none(), reason);
			}
			throw problem;
		}
	}

	/**
	 * What the portal can tell before asking: a status chosen, and the note when the
	 * change needs one.
	 */
	private static FieldErrors check(String status, String note) {
		if (status.isBlank()) {
			return FieldErrors.of(StatusErrors.STATUS, "New status", "Choose the new status");
		}
		if ("brief-intervention-done".equals(status) && note.isEmpty()) {
			return FieldErrors.of(StatusErrors.NOTE, "Note",
					"Write the brief-intervention note: what you talked about and what was agreed");
		}
		return FieldErrors.none();
	}

	private String page(String id, HttpServletResponse response, Model model, String chosenStatus, String note,
			FieldErrors errors, @Nullable String problem) {
		QueueController.requireId(id);
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		ScreeningDetail screening = this.screenings.detail(id);
		model.addAttribute("screening", screening);
		model.addAttribute("chosenStatus", chosenStatus);
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return "screening/detail";
	}

}
