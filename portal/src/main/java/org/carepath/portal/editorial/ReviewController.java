package org.carepath.portal.editorial;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.check.IntakeApi.Instrument;
import org.carepath.portal.check.IntakeClient;
import org.carepath.portal.editorial.EditorialApi.Revision;
import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.ServiceListing;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinical reviewer's side: revisions waiting for review, oldest first; one revision
 * with every part that goes public beside the published revision; approve exactly that,
 * or send it back with comments. Only {@code content-reviewer}s get here.
 */
@Controller
class ReviewController {

	static final String SELF_APPROVAL = "You wrote this revision — another reviewer must approve it.";

	static final String NOT_WHAT_YOU_SAW = "This revision would publish something other than the page you approved "
			+ "from showed, so it was not approved. Below is what it would publish now: review it again before "
			+ "approving.";

	private static final Map<String, String> DONE = Map.of("approved", "Approved and published.", "sent-back",
			"Sent back to the editor with your comments.");

	private final EditorialClient editorial;

	private final IntakeClient intake;

	ReviewController(EditorialClient editorial, IntakeClient intake) {
		this.editorial = editorial;
		this.intake = intake;
	}

	/**
	 * Self-checks by the names readers see on the article's links; one intake no longer
	 * offers (or intake down) by its id.
	 */
	private Function<String, String> selfCheckNames() {
		ServiceListing<Instrument> instruments = this.intake.instruments();
		Map<String, String> names = new HashMap<>();
		instruments.items()
			.stream()
			.filter(instrument -> instrument.id() != null && instrument.title() != null)
			.forEach(instrument -> names.put(instrument.id(), instrument.title() + " (" + instrument.id() + ")"));
		return id -> names.getOrDefault(id, id);
	}

	/**
	 * After an approval, {@code article} names the article just published, for a link to
	 * its public page; anything that is not a slug is ignored.
	 */
	@GetMapping("/staff/review")
	String queue(@RequestParam(required = false) @Nullable String done,
			@RequestParam(required = false) @Nullable String article, Model model) {
		model.addAttribute("queue", this.editorial.reviewQueue());
		model.addAttribute("done", (done != null) ? DONE.get(done) : null);
		model.addAttribute("publishedArticle",
				("approved".equals(done) && article != null && Slugs.isSlug(article)) ? "/learn/" + article : null);
		return "editorial/review-queue";
	}

	@GetMapping("/staff/review/{slug}/{number}")
	String review(@PathVariable String slug, @PathVariable int number, Model model) {
		return reviewPage(model, slug, number, "", FieldErrors.none(), null);
	}

	/**
	 * Approves what the page showed: {@code contentHash} is the one the review page
	 * carried, so the service publishes nothing the reviewer did not see.
	 */
	@PostMapping("/staff/review/{slug}/{number}/approve")
	String approve(@PathVariable String slug, @PathVariable int number,
			@RequestParam(defaultValue = "") String contentHash, HttpServletResponse response, Model model) {
		Slugs.require(slug);
		try {
			this.editorial.approve(slug, number, contentHash.strip());
			return "redirect:/staff/review?done=approved&article=" + slug;
		}
		catch (ServiceProblem problem) {
			if (problem.isType("self-approval")) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				return reviewPage(model, slug, number, "", FieldErrors.none(), SELF_APPROVAL);
			}
			// A page without a well-formed hash (400) named nothing it showed: the same
			// answer.
			if (problem.isType("unreviewed-content") || problem.status() == 400) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return reviewPage(model, slug, number, "", FieldErrors.none(), NOT_WHAT_YOU_SAW);
			}
			if (problem.status() == 409) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return reviewPage(model, slug, number, "", FieldErrors.none(), problem.detail());
			}
			throw problem;
		}
	}

	@PostMapping("/staff/review/{slug}/{number}/send-back")
	String sendBack(@PathVariable String slug, @PathVariable int number,
			@RequestParam(defaultValue = "") String comments, Model model) {
		Slugs.require(slug);
		if (comments.isBlank()) {
			return reviewPage(model, slug, number, comments,
					FieldErrors.of("comments", "Comments", "Tell the editor what to change before you send it back."),
					null);
		}
		try {
			this.editorial.sendBack(slug, number, comments.strip().replace("\r\n", "\n"));
			return "redirect:/staff/review?done=sent-back";
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 400) {
				return reviewPage(model, slug, number, comments, commentErrors(problem), null);
			}
			if (problem.status() == 409) {
				return reviewPage(model, slug, number, comments, FieldErrors.none(), problem.detail());
			}
			throw problem;
		}
	}

	private String reviewPage(Model model, String slug, int number, String comments, FieldErrors errors,
			@Nullable String problem) {
		Slugs.require(slug);
		Revision revision = this.editorial.revision(slug, number);
		model.addAttribute("slug", slug);
		model.addAttribute("revision", revision);
		RevisionChanges changes = RevisionChanges.of(revision, selfCheckNames());
		model.addAttribute("changes", changes);
		model.addAttribute("diff", changes.body());
		model.addAttribute("comments", comments);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return "editorial/review";
	}

	/**
	 * A send-back refusal names the comments field (or nothing): either way the message
	 * sits by the comments.
	 */
	private static FieldErrors commentErrors(ServiceProblem problem) {
		FieldErrors errors = FormErrors.from(problem);
		return new FieldErrors(errors.messages()
			.stream()
			.map(message -> new FieldErrors.Message("comments", "Comments", message.text()))
			.toList());
	}

}
