package org.carepath.portal.learn;

import org.carepath.portal.system.ServiceListing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads published articles from the content service. Built from Boot's {@link RestClient.Builder}, so trace
 * headers propagate and the configured timeouts apply.
 */
@Component
class ContentClient {

	private static final Logger log = LoggerFactory.getLogger(ContentClient.class);

	private final RestClient restClient;

	ContentClient(RestClient.Builder builder, @Value("${carepath.services.content-url}") String contentUrl) {
		this.restClient = builder.baseUrl(contentUrl).build();
	}

	ServiceListing<ArticleSummary> publishedArticles() {
		try {
			JsonNode body = this.restClient.get()
				.uri("/api/content/articles")
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class);
			return ServiceListing.fromJson(body, ArticleSummary::fromJson);
		}
		catch (RuntimeException ex) {
			// Whatever went wrong (down, slow, 5xx, odd JSON), the page still renders.
			ServiceListing.logFailure(log, "Article list", ex);
			return ServiceListing.unavailable();
		}
	}

}
