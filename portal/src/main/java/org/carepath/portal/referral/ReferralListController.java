package org.carepath.portal.referral;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.referral.ReferralApi.Summary;
import org.carepath.portal.system.DisplayDates;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The referrals page for staff: open referral suggestions (crisis first, as the referral
 * service orders them) with Refer and Dismiss, then the referrals with their current
 * status. Every load asks the referral service, so the status is the partner's latest
 * answer; {@code /js/referral-status.js} refreshes the status cells in place. Staff only;
 * referring is for clinicians (SecurityConfiguration).
 */
@Controller
class ReferralListController {

	static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static final String NO_STORE = "no-store";

	/**
	 * The messages after a redirect ({@code ?done=…}): a fixed set, so nothing from the
	 * address is echoed.
	 */
	private static final Map<String, String> DONE = Map.of("dismissed",
			"Suggestion dismissed. Your name and the time are recorded.", "already-closed",
			"This suggestion was already dismissed or referred by someone else.");

	private final ReferralsClient referrals;

	private final DisplayDates dates;

	private final ReferralWords words;

	ReferralListController(ReferralsClient referrals, DisplayDates dates, ReferralWords words) {
		this.referrals = referrals;
		this.dates = dates;
		this.words = words;
	}

	@GetMapping("/staff/referrals")
	String referrals(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String done, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		String filter = known(status);
		model.addAttribute("suggestions", this.referrals.suggestions());
		model.addAttribute("referrals", this.referrals.referrals(filter));
		model.addAttribute("status", filter);
		model.addAttribute("statuses", ReferralWords.STATUSES);
		model.addAttribute("done", (done != null) ? DONE.get(done) : null);
		model.addAttribute("scripts", List.of("/js/referral-status.js"));
		return "referral/list";
	}

	/** The status cells of the list as JSON, for the page's periodic refresh. */
	@GetMapping(path = "/staff/referrals/statuses", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<StatusCell> statuses(@RequestParam(required = false) @Nullable String status, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		return this.referrals.referrals(known(status))
			.stream()
			.map(referral -> StatusCell.of(referral, this.words, this.dates))
			.toList();
	}

	@PostMapping("/staff/referrals/suggestions/{id}/dismiss")
	String dismiss(@PathVariable String id) {
		requireId(id);
		try {
			this.referrals.dismiss(id);
			return "redirect:/staff/referrals?done=dismissed";
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 409) {
				return "redirect:/staff/referrals?done=already-closed";
			}
			throw problem;
		}
	}

	private static @Nullable String known(@Nullable String status) {
		return (status != null && ReferralWords.STATUSES.containsKey(status)) ? status : null;
	}

	static void requireId(@Nullable String id) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new ServiceProblem(404, null, null, List.of());
		}
	}

	/**
	 * One referral's status as the list shows it; {@code updatedAt} is ISO for
	 * {@code <time datetime>}.
	 */
	record StatusCell(String id, String status, String text, String updatedAt, String updated) {

		static StatusCell of(Summary referral, ReferralWords words, DisplayDates dates) {
			return new StatusCell(referral.id(), referral.status(), words.status(referral.status()),
					dates.iso(referral.updatedAt()), dates.dateTime(referral.updatedAt()));
		}

	}

}
