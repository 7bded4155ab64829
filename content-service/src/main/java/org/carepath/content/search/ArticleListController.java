package org.carepath.content.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carepath.content.validation.NoControlCharacters;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ArticleListController {

	private final ArticleSearch search;

	ArticleListController(ArticleSearch search) {
		this.search = search;
	}

	/**
	 * Newest first; with {@code q}, best match first, each with a highlighted snippet.
	 */
	@GetMapping("/api/content/articles")
	ArticlePage articles(@RequestParam(required = false) @Size(max = 200) @NoControlCharacters String q,
			@RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,40}") @NoControlCharacters String topic,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(50) int size) {
		String query = (q == null || q.isBlank()) ? null : q.strip();
		return this.search.find(query, topic, page, size);
	}

}
