package org.carepath.portal.editorial;

import java.util.Map;

import org.carepath.portal.layout.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An article's revisions — who wrote, submitted, reviewed each and with what comments —
 * and archiving it, with a confirmation page instead of a script dialog so it works
 * without JavaScript and with every assistive tool.
 */
@Controller
class HistoryController {

	private static final Map<String, String> DONE = Map.of("archived",
			"The article is archived: it is no longer on the public site.");

	private final EditorialClient editorial;

	HistoryController(EditorialClient editorial) {
		this.editorial = editorial;
	}

	@GetMapping("/staff/content/{slug}/history")
	String history(@PathVariable String slug, @RequestParam(required = false) @Nullable String done,
			@Nullable Authentication authentication, Model model) {
		Slugs.require(slug);
		model.addAttribute("slug", slug);
		model.addAttribute("revisions", this.editorial.revisions(slug));
		model.addAttribute("canArchive", canArchive(authentication));
		model.addAttribute("canEdit", hasRole(authentication, "content-editor"));
		model.addAttribute("canReview", hasRole(authentication, "content-reviewer"));
		model.addAttribute("done", (done != null) ? DONE.get(done) : null);
		return "editorial/history";
	}

	@GetMapping("/staff/content/{slug}/archive")
	String confirmArchive(@PathVariable String slug, Model model) {
		Slugs.require(slug);
		model.addAttribute("slug", slug);
		model.addAttribute("revisions", this.editorial.revisions(slug));
		return "editorial/archive";
	}

	@PostMapping("/staff/content/{slug}/archive")
	String archive(@PathVariable String slug) {
		Slugs.require(slug);
		this.editorial.archive(slug);
		return "redirect:/staff/content/" + slug + "/history?done=archived";
	}

	private static boolean canArchive(@Nullable Authentication authentication) {
		return hasRole(authentication, "content-editor") || hasRole(authentication, "content-reviewer");
	}

	private static boolean hasRole(@Nullable Authentication authentication, String role) {
		CurrentUser user = CurrentUser.of(authentication);
		return user != null && user.hasRole(role);
	}

}
