package org.carepath.content.article;

import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/content/articles")
class ArticleController {

	private final ArticleRepository articles;

	ArticleController(ArticleRepository articles) {
		this.articles = articles;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<ArticleSummary> published() {
		return this.articles.findByPublishedAtIsNotNullOrderByTitle().stream().map(ArticleSummary::of).toList();
	}

}
