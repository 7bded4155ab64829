package org.carepath.portal.check;

import java.util.ArrayList;
import java.util.List;

import org.carepath.portal.system.ServiceListing;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the intake service answered to a submitted self-check, as the result page shows
 * it. {@code id} is the screening's unguessable id, returned only to whoever submitted
 * it: the "please contact me" form carries it.
 */
record ScreeningResult(@Nullable String id, String reference, String instrument, @Nullable Integer score,
		@Nullable String band, boolean positive, boolean crisis, @Nullable String crisisStatement,
		@Nullable String nextStep, @Nullable String interpretation, List<String> notes, List<Resource> resources,
		List<ArticleLink> relatedArticles) {

	static ScreeningResult fromJson(JsonNode node) {
		JsonNode score = node.get("score");
		JsonNode nextStep = node.get("nextStep");
		JsonNode panel = node.get("crisisPanel");
		String statement = null;
		if (panel != null && panel.isObject()) {
			statement = ServiceListing.text(panel, "statement");
			if (statement == null) {
				statement = ServiceListing.text(panel, "text");
			}
		}
		List<String> notes = new ArrayList<>();
		JsonNode noteList = node.get("notes");
		if (noteList != null && noteList.isArray()) {
			noteList.forEach(note -> {
				if (note.isString() && !note.asString().isBlank()) {
					notes.add(note.asString());
				}
			});
		}
		List<Resource> resources = new ArrayList<>();
		JsonNode resourceList = node.get("resources");
		if (resourceList != null && resourceList.isArray()) {
			for (JsonNode resource : resourceList) {
				String name = ServiceListing.text(resource, "name");
				if (name != null) {
					resources.add(new Resource(name, first(resource, "number", "phone"),
							first(resource, "description", "text"), safeUrl(first(resource, "href", "url"))));
				}
			}
		}
		List<ArticleLink> articles = new ArrayList<>();
		JsonNode articleList = node.get("relatedArticles");
		if (articleList != null && articleList.isArray()) {
			for (JsonNode article : articleList) {
				String slug = ServiceListing.text(article, "slug");
				String title = ServiceListing.text(article, "title");
				if (slug != null && title != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
					articles.add(new ArticleLink("/learn/" + slug, title));
				}
			}
		}
		boolean crisis = node.path("crisis").asBoolean(false);
		String reference = ServiceListing.text(node, "reference");
		String id = ServiceListing.text(node, "id");
		return new ScreeningResult((id != null && ContactForm.isScreeningId(id)) ? id : null,
				(reference != null) ? reference : "", orEmpty(ServiceListing.text(node, "instrument")),
				(score != null && score.isIntegralNumber()) ? score.intValue() : null,
				ServiceListing.text(node, "band"), node.path("positive").asBoolean(false), crisis, statement,
				(nextStep != null && nextStep.isObject()) ? ServiceListing.text(nextStep, "text") : null,
				ServiceListing.text(node, "interpretation"), notes, resources, articles);
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static @Nullable String first(JsonNode node, String field, String alternative) {
		String value = ServiceListing.text(node, field);
		return (value != null) ? value : ServiceListing.text(node, alternative);
	}

	/**
	 * Only web and phone links: a resource's address is data from a service, not markup.
	 */
	private static @Nullable String safeUrl(@Nullable String url) {
		if (url == null) {
			return null;
		}
		return (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("tel:")
				|| url.startsWith("sms:") || url.startsWith("/")) ? url : null;
	}

	/**
	 * A helpline or service; {@code number} is shown and dialled as a {@code tel:} link
	 * when there is no URL.
	 */
	record Resource(String name, @Nullable String number, @Nullable String description, @Nullable String url) {

		public @Nullable String telHref() {
			if (this.number == null) {
				return null;
			}
			String digits = this.number.replaceAll("[^0-9+]", "");
			return digits.isEmpty() ? null : "tel:" + digits;
		}

	}

	record ArticleLink(String href, String title) {
	}

}
