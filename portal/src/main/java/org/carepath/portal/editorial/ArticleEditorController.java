package org.carepath.portal.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.check.IntakeApi.Instrument;
import org.carepath.portal.check.IntakeClient;
import org.carepath.portal.editorial.EditorialApi.Preview;
import org.carepath.portal.editorial.EditorialApi.Resource;
import org.carepath.portal.editorial.EditorialApi.Revision;
import org.carepath.portal.editorial.EditorialApi.RevisionSummary;
import org.carepath.portal.layout.CurrentUser;
import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.ServiceListing;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's side of the education articles: the worklist, writing a new article or a
 * new draft of one, previews (of the body while writing, of the whole public page once
 * saved), and submitting a draft for review. Only {@code content-editor}s get here (see
 * the security configuration); the content service checks the relayed token again on
 * every call.
 */
@Controller
class ArticleEditorController {

	/**
	 * Confirmations after a redirect, by key, so no text from the address reaches the
	 * page.
	 */
	private static final Map<String, String> DONE = Map.of("saved", "Your draft is saved.", "submitted",
			"Sent for review. A clinical reviewer will approve it or send it back with comments.");

	static final String UNAVAILABLE = "The content service is not answering just now, so nothing was saved. "
			+ "Your text is still here: please try saving again in a minute.";

	private final EditorialClient editorial;

	private final IntakeClient intake;

	ArticleEditorController(EditorialClient editorial, IntakeClient intake) {
		this.editorial = editorial;
		this.intake = intake;
	}

	@GetMapping("/staff/content")
	String articles(Model model) {
		model.addAttribute("articles", this.editorial.drafts());
		return "editorial/articles";
	}

	@GetMapping("/staff/content/new")
	String newArticle(@Nullable Authentication authentication, Model model) {
		CurrentUser editor = CurrentUser.of(authentication);
		return form(model, ArticleForm.empty((editor != null) ? editor.displayName() : ""), null, FieldErrors.none(),
				null);
	}

	@PostMapping("/staff/content/new")
	String createArticle(@ModelAttribute("form") ArticleForm form, @RequestParam(defaultValue = "save") String action,
			Model model) {
		if ("preview".equals(action)) {
			return preview(model, form, null);
		}
		try {
			Revision created = this.editorial.create(form.toCreateRequest());
			return "redirect:/staff/content/" + slugOf(created, form.getSlug().strip()) + "?done=saved";
		}
		catch (ServiceProblem problem) {
			return refused(model, form, null, problem);
		}
	}

	@GetMapping("/staff/content/{slug}")
	String article(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Slugs.require(slug);
		List<RevisionSummary> revisions = this.editorial.revisions(slug);
		Revision latest = this.editorial.revision(slug, latest(revisions));
		model.addAttribute("slug", slug);
		model.addAttribute("revision", latest);
		model.addAttribute("published", revisions.stream().anyMatch(r -> "published".equals(r.state())));
		model.addAttribute("done", (done != null) ? DONE.get(done) : null);
		return "editorial/article";
	}

	@GetMapping("/staff/content/{slug}/edit")
	String editArticle(@PathVariable String slug, Model model) {
		Slugs.require(slug);
		Revision latest = this.editorial.revision(slug, latest(this.editorial.revisions(slug)));
		return form(model, ArticleForm.from(latest), slug, FieldErrors.none(), null);
	}

	@PostMapping("/staff/content/{slug}/edit")
	String saveDraft(@PathVariable String slug, @ModelAttribute("form") ArticleForm form,
			@RequestParam(defaultValue = "save") String action, Model model) {
		Slugs.require(slug);
		if ("preview".equals(action)) {
			return preview(model, form, slug);
		}
		try {
			this.editorial.saveDraft(slug, form.toDraftRequest());
			return "redirect:/staff/content/" + slug + "?done=saved";
		}
		catch (ServiceProblem problem) {
			return refused(model, form, slug, problem);
		}
	}

	@PostMapping("/staff/content/{slug}/revisions/{number}/submit")
	String submit(@PathVariable String slug, @PathVariable int number, Model model) {
		Slugs.require(slug);
		try {
			this.editorial.submit(slug, number);
			return "redirect:/staff/content/" + slug + "?done=submitted";
		}
		catch (ServiceProblem problem) {
			if (problem.status() != 409) {
				throw problem;
			}
			model.addAttribute("problem", problem.detail());
			return article(slug, null, model);
		}
	}

	/**
	 * The revision as the public will see it, on the public article page's own rendering
	 * path ({@code learn/article-content}), marked as a preview, with the submit button
	 * beside it while it is a draft. Never stored by any cache: it is not public.
	 */
	@GetMapping("/staff/content/{slug}/revisions/{number}/preview")
	String fullPreview(@PathVariable String slug, @PathVariable int number, HttpServletResponse response, Model model) {
		Slugs.require(slug);
		EditorialClient.RevisionPreview preview = this.editorial.revisionPreview(slug, number);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("slug", slug);
		model.addAttribute("revision", preview.revision());
		model.addAttribute("article", preview.article().asPreview());
		return "editorial/revision-preview";
	}

	/**
	 * The live preview's fragment for {@code /js/editor-preview.js}: the service's
	 * sanitized HTML, or a short note when it cannot render just now (the editor can
	 * still use the Preview button).
	 */
	@PostMapping("/staff/content/preview")
	String livePreview(@RequestParam(defaultValue = "") String body, Model model) {
		try {
			model.addAttribute("preview", this.editorial.preview(body.replace("\r\n", "\n")));
		}
		catch (ServiceProblem problem) {
			model.addAttribute("preview", null);
			model.addAttribute("previewFailed", true);
		}
		return "editorial/preview :: preview";
	}

	private String preview(Model model, ArticleForm form, @Nullable String slug) {
		try {
			Preview preview = this.editorial.preview(form.markdown());
			return form(model, form.withEmptyFaqRows(), slug, FieldErrors.none(), preview);
		}
		catch (ServiceProblem problem) {
			if (problem.status() == 401 || problem.status() == 403) {
				throw problem;
			}
			// Whatever else went wrong, the editor keeps the text they typed.
			model.addAttribute("previewFailed", true);
			FieldErrors errors = (problem.status() == 400) ? FormErrors.from(problem) : FieldErrors.none();
			return form(model, form.withEmptyFaqRows(), slug, errors, null);
		}
	}

	/**
	 * A refused or failed save sends the editor back to the form with their text and the
	 * reasons: field messages (400), the conflict (409), or "try again" (service down).
	 * Not allowed, not signed in: an error page.
	 */
	private String refused(Model model, ArticleForm form, @Nullable String slug, ServiceProblem problem) {
		FieldErrors errors;
		if (problem.status() == 400 || problem.status() == 409) {
			errors = FormErrors.from(problem);
		}
		else if (problem.isUnavailable()) {
			errors = FieldErrors.of(FormErrors.FORM, "", UNAVAILABLE);
		}
		else {
			throw problem;
		}
		return form(model, form.withEmptyFaqRows(), slug, errors, null);
	}

	private String form(Model model, ArticleForm form, @Nullable String slug, FieldErrors errors,
			@Nullable Preview preview) {
		model.addAttribute("form", form);
		model.addAttribute("slug", slug);
		model.addAttribute("errors", errors);
		model.addAttribute("preview", preview);
		model.addAttribute("resources", resources());
		model.addAttribute("selfChecks", selfChecks(form));
		model.addAttribute("scripts", List.of("/js/editor-preview.js"));
		return "editorial/form";
	}

	/**
	 * The resource checkboxes; without them the form still works and keeps the article's
	 * current choice.
	 */
	private @Nullable List<Resource> resources() {
		try {
			return this.editorial.resources().stream().filter(resource -> resource.id() != null).toList();
		}
		catch (ServiceProblem problem) {
			return null;
		}
	}

	/**
	 * The related self-check checkboxes: the instruments intake offers, then any the
	 * article names that intake no longer lists (so the editor sees them and can untick
	 * them). Null when intake cannot say: the form keeps the article's current choice.
	 */
	private @Nullable List<SelfCheckChoice> selfChecks(ArticleForm form) {
		ServiceListing<Instrument> instruments = this.intake.instruments();
		if (!instruments.available()) {
			return null;
		}
		List<SelfCheckChoice> choices = new ArrayList<>();
		instruments.items()
			.stream()
			.filter(instrument -> instrument.id() != null)
			.forEach(instrument -> choices.add(new SelfCheckChoice(instrument.id(),
					(instrument.title() != null) ? instrument.title() : instrument.id())));
		form.getRelatedInstruments()
			.stream()
			.filter(id -> choices.stream().noneMatch(choice -> choice.id().equals(id)))
			.forEach(id -> choices.add(new SelfCheckChoice(id, id + " (no longer offered)")));
		return choices;
	}

	/** A self-check an article can recommend: its id and the name editors know it by. */
	record SelfCheckChoice(String id, String label) {
	}

	private static int latest(List<RevisionSummary> revisions) {
		return revisions.stream()
			.max(Comparator.comparingInt(RevisionSummary::revision))
			.orElseThrow(() -> new ServiceProblem(404, null, null, List.of()))
			.revision();
	}

	private static String slugOf(Revision revision, String fallback) {
		String slug = (revision.slug() != null) ? revision.slug() : fallback;
		Slugs.require(slug);
		return slug;
	}

}
