package org.carepath.portal.learn;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.layout.CurrentUser;
import org.carepath.portal.pageviews.PageViewCounter;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public education pages: the article list with search and topics, and one article.
 */
@Controller
class LearnController {

	/**
	 * Five minutes in shared caches: a newly approved revision shows up soon enough, and
	 * load stays low.
	 */
	// Shared caches may keep the page but must revalidate (a cheap 304 on the ETag): a
	// browser that later signs in
	// must not be shown the anonymous copy.
	static final String PUBLIC_CACHE = "public, no-cache";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final ContentClient content;

	private final ArticleJsonLd jsonLd;

	private final PageViewCounter views;

	LearnController(ContentClient content, ArticleJsonLd jsonLd, PageViewCounter views) {
		this.content = content;
		this.jsonLd = jsonLd;
		this.views = views;
	}

	@GetMapping("/learn")
	String articles(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String page, @Nullable Authentication authentication,
			HttpServletResponse response, Model model) {
		String cleanQuery = LearnListing.cleanQuery(query);
		String cleanTopic = LearnListing.cleanTopic(topic);
		int pageNumber = LearnListing.cleanPage(page);
		ArticleResults results = this.content.articles(cleanQuery, cleanTopic, pageNumber - 1);
		model.addAttribute("listing", LearnListing.of(cleanQuery, cleanTopic, pageNumber, results));
		model.addAttribute("articles", results.articles());
		if (results.available()) {
			cacheForAnonymous(authentication, response);
		}
		return "learn/articles";
	}

	@GetMapping("/learn/{slug}")
	String article(@PathVariable String slug, @Nullable Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!SLUG.matcher(slug).matches()) {
			throw notFound();
		}
		Article article;
		try {
			article = this.content.article(slug);
		}
		catch (ServiceProblem problem) {
			// For a public reader any refusal other than an outage means "no such
			// article".
			throw problem.isUnavailable() ? problem : notFound();
		}
		model.addAttribute("article", article);
		model.addAttribute("jsonLd", this.jsonLd.blocksFor(article));
		model.addAttribute("metaDescription", article.summary());
		cacheForAnonymous(authentication, response);
		// Every page served to a reader counts, a revalidation answered 304 included:
		// the page is "no-cache", so this runs for it (the ETag filter answers after).
		if (HttpMethod.GET.matches(request.getMethod())) {
			this.views.viewed(article.slug());
		}
		return "learn/article";
	}

	/**
	 * Shared caches may keep a page only when it was made for nobody in particular: a
	 * signed-in visitor's page carries their name and a sign-out form with their CSRF
	 * token. Otherwise Spring Security's no-store stands.
	 */
	private static void cacheForAnonymous(@Nullable Authentication authentication, HttpServletResponse response) {
		if (CurrentUser.of(authentication) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE);
		}
	}

	private static ServiceProblem notFound() {
		return new ServiceProblem(404, null, null, List.of());
	}

}
