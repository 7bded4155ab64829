package org.carepath.content.article;

import org.carepath.support.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PublishedArticleController {

	/**
	 * Short enough that a correction reaches readers within minutes, long enough to spare
	 * the service.
	 */
	private static final String CACHE_CONTROL = "public, max-age=300";

	private final PublishedArticles articles;

	PublishedArticleController(PublishedArticles articles) {
		this.articles = articles;
	}

	/**
	 * The strong ETag names the revision: a published revision never changes, so a new
	 * one is the only way the answer changes. Spring answers a matching
	 * {@code If-None-Match} (or {@code If-Modified-Since}) with 304.
	 */
	@GetMapping("/api/content/articles/{slug}")
	ResponseEntity<PublishedArticle> article(@PathVariable String slug) {
		PublishedArticle article = this.articles.find(slug)
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
					Problems.of(HttpStatus.NOT_FOUND, "Not found", "No published article has this slug."), null));
		return ResponseEntity.ok()
			.eTag(article.slug() + "-r" + article.revision())
			.lastModified(article.updatedAt())
			.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
			.body(article);
	}

}
