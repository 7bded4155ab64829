package org.carepath.content.article;

import java.time.Instant;

record ArticleSummary(String slug, String title, String summary, Instant publishedAt) {

	static ArticleSummary of(Article article) {
		return new ArticleSummary(article.getSlug(), article.getTitle(), article.getSummary(), article.getPublishedAt());
	}

}
