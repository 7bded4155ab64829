package org.carepath.content.system;

import org.carepath.support.openapi.ApiOperations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What content's OpenAPI document cannot learn from the controllers (service-support's
 * ApiDocumentation adds the security schemes and the errors every operation shares): the
 * published education open to everyone, matching SecurityConfiguration, the 201s, the
 * conditional GET, the body limit and the workflow's refusals.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String ARTICLE = "GET /api/content/articles/{slug}";

	private static final String CREATE = "POST /api/content/articles";

	private static final String DRAFT = "PUT /api/content/articles/{slug}/draft";

	private static final String REVISION = "/api/content/articles/{slug}/revisions/{number}/";

	private static final String INVALID_TRANSITION = "`invalid-transition`: the revision or article is not in a"
			+ " state that allows this (e.g. archived, already in review).";

	@Bean
	ApiOperations contentOperations() {
		return new ApiOperations().open("GET /api/content/articles", ARTICLE, "GET /api/content/resources")
			.response(ARTICLE, 304,
					"Not modified: `If-None-Match` names the published revision's ETag (or `If-Modified-Since` is"
							+ " not older than it).")
			.forEveryRequestBody(413, "`payload-too-large`: request bodies are limited to 2 MB.")
			.created(CREATE, "Revision 1, a draft; `Location` names it.")
			.response(CREATE, 409, "`slug-taken`: another article has this slug.")
			.created(DRAFT, "A new draft revision (earlier revisions are never overwritten); `Location` names it.")
			.response(DRAFT, 409, INVALID_TRANSITION)
			.response("POST " + REVISION + "submit", 409, INVALID_TRANSITION)
			.response("POST " + REVISION + "approve", 403,
					"The token lacks the reviewer role, or `self-approval`: nobody approves their own writing.")
			.response("POST " + REVISION + "approve", 409, INVALID_TRANSITION)
			.response("POST " + REVISION + "send-back", 409, INVALID_TRANSITION)
			.response("POST /api/content/articles/{slug}/archive", 409, INVALID_TRANSITION)
			.noContent("POST /api/content/stats/page-views",
					"Added (or, for an `Idempotency-Key` seen before, already added); slugs of articles never"
							+ " published are dropped.")
			.response("GET /api/content/stats", 400,
					"`validation`: `from` or `to` is not a date, the period is reversed or two years or longer.");
	}

}
