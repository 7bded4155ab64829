package org.carepath.portal.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carepath.portal.learn.ContentApi.ArticlePage;
import org.carepath.portal.system.ServiceClients;
import org.carepath.portal.system.ServiceClients.Service;
import org.carepath.portal.system.ServiceListing;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import static org.carepath.portal.system.ServiceCalls.call;
import static org.carepath.portal.system.ServiceCalls.required;

/**
 * Reads published articles from the content service. Always anonymous, even for a
 * signed-in visitor: public reads must not depend on who asks, so the service (and any
 * cache) can answer everyone alike.
 */
@Component
class ContentClient {

	static final int PAGE_SIZE = 20;

	private static final Logger log = LoggerFactory.getLogger(ContentClient.class);

	private final RestClient restClient;

	private final PublishedArticleCache cache;

	ContentClient(ServiceClients clients, PublishedArticleCache cache) {
		this.restClient = clients.anonymous(Service.CONTENT);
		this.cache = cache;
	}

	/**
	 * A page of the list or of a search; "unavailable" rather than an error, so the page
	 * still renders.
	 */
	ArticleResults articles(@Nullable String query, @Nullable String topic, int page) {
		try {
			ArticlePage body = this.restClient.get().uri(uri -> {
				// Values as template variables, so they are encoded strictly: "a&b" stays
				// one search.
				Map<String, Object> values = new HashMap<>();
				uri.path("/api/content/articles");
				if (query != null) {
					uri.queryParam("q", "{q}");
					values.put("q", query);
				}
				if (topic != null) {
					uri.queryParam("topic", "{topic}");
					values.put("topic", topic);
				}
				return uri.queryParam("page", page).queryParam("size", PAGE_SIZE).build(values);
			}).accept(MediaType.APPLICATION_JSON).retrieve().body(ArticlePage.class);
			return ArticleResults.of(required(body));
		}
		catch (RuntimeException ex) {
			// Whatever went wrong (down, slow, 5xx, odd JSON), the page still renders.
			ServiceListing.logFailure(log, "Article list", ex);
			return ArticleResults.unavailable();
		}
	}

	/**
	 * The published article, or a {@link ServiceProblem} (404 when there is none by that
	 * slug). Kept a few seconds ({@link PublishedArticleCache}).
	 */
	Article article(String slug) {
		return this.cache.get(slug, this::fetch);
	}

	private Article fetch(String slug) {
		Article article = call(() -> this.restClient.get()
			.uri("/api/content/articles/{slug}", slug)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(Article.class));
		if (article == null || article.title() == null) {
			throw new ServiceProblem(ServiceProblem.UNREACHABLE, null, null, List.of());
		}
		return article;
	}

}
