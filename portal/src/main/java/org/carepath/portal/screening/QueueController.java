package org.carepath.portal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.carepath.portal.screening.IntakeStaffApi.Instrument;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff queue: open crisis alerts first, in a section of their own with an
 * Acknowledge button each, then the screenings to work (intake sorts them: open alerts,
 * severity, longest waiting). Staff only (SecurityConfiguration).
 */
@Controller
class QueueController {

	static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/**
	 * The messages after a redirect ({@code ?done=…}): a fixed set, so nothing from the
	 * address is echoed.
	 */
	static final String ACKNOWLEDGED = "Alert acknowledged. Your name and the time are recorded.";

	static final Map<String, String> DONE = Map.of("acknowledged", ACKNOWLEDGED, "already-acknowledged",
			"This alert had already been acknowledged: see who and when on the screening.");

	private final ScreeningsClient screenings;

	QueueController(ScreeningsClient screenings) {
		this.screenings = screenings;
	}

	@GetMapping("/staff/queue")
	String queue(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String instrument,
			@RequestParam(required = false) @Nullable String band,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String done, Model model) {
		QueueFilter filter = QueueFilter.of(status, instrument, band);
		QueuePage queue = this.screenings.queue(filter, pageNumber(page));
		model.addAttribute("alerts", this.screenings.openAlerts());
		model.addAttribute("queue", queue.items());
		model.addAttribute("queuePage", queue);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", QueueFilter.STATUSES);
		model.addAttribute("instruments", instrumentChoices(this.screenings.instruments(), filter.instrument()));
		model.addAttribute("bands", QueueFilter.BANDS);
		model.addAttribute("done", (done != null) ? DONE.get(done) : null);
		return "screening/queue";
	}

	/**
	 * Acknowledges a crisis alert as the signed-in staff member, then back to where they
	 * pressed the button: the screening's page when it names one, the queue otherwise.
	 * Someone else acknowledging first is not an error.
	 */
	@PostMapping("/staff/alerts/{id}/acknowledge")
	String acknowledge(@PathVariable String id, @RequestParam(required = false) @Nullable String screeningId) {
		requireId(id);
		String back = (screeningId != null && ID.matcher(screeningId).matches()) ? "/staff/screenings/" + screeningId
				: "/staff/queue";
		try {
			this.screenings.acknowledge(id);
			return "redirect:" + back + "?done=acknowledged";
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 409) {
				return "redirect:" + back + "?done=already-acknowledged";
			}
			throw problem;
		}
	}

	/** A hand-edited page number that is not one shows the first page. */
	private static int pageNumber(@Nullable String page) {
		try {
			int number = (page != null) ? Integer.parseInt(page.strip()) : 1;
			return (number >= 1 && number <= 100_000) ? number : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	static void requireId(String id) {
		if (!ID.matcher(id).matches()) {
			throw new ServiceProblem(404, null, null, List.of());
		}
	}

	/**
	 * The instruments intake offers, plus the one filtered by if intake no longer lists
	 * it.
	 */
	private static List<Instrument> instrumentChoices(List<Instrument> offered, @Nullable String selected) {
		List<Instrument> choices = new ArrayList<>(offered.stream().filter(i -> i.id() != null).toList());
		if (selected != null && choices.stream().noneMatch(i -> selected.equals(i.id()))) {
			choices.add(new Instrument(selected, selected));
		}
		return choices;
	}

}
