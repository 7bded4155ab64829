package org.carepath.portal.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.carepath.portal.system.CodeWords;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the {@code /learn} page shows for one request: the search, the topic filter and a
 * page of results, with the words and links the template needs. Pages count from 1 in the
 * address, as people do.
 */
record LearnListing(@Nullable String query, @Nullable String topic, int page, ArticleResults results,
		List<Topic> topics) {

	/** Topics the clinic always offers to browse, whatever the current page lists. */
	static final List<String> STANDARD_TOPICS = List.of("addiction", "ketamine", "treatment");

	private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{1,40}");

	private static final int MAX_QUERY = 200;

	static @Nullable String cleanQuery(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String stripped = query.strip();
		return (stripped.length() > MAX_QUERY) ? stripped.substring(0, MAX_QUERY) : stripped;
	}

	/** Only well-formed topic ids go to the service; anything else lists everything. */
	static @Nullable String cleanTopic(@Nullable String topic) {
		return (topic != null && TOPIC.matcher(topic).matches()) ? topic : null;
	}

	static int cleanPage(@Nullable String page) {
		try {
			return (page != null) ? Math.max(1, Math.min(10_000, Integer.parseInt(page.strip()))) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	static LearnListing of(@Nullable String query, @Nullable String topic, int page, ArticleResults results) {
		TreeSet<String> topicIds = new TreeSet<>(STANDARD_TOPICS);
		results.articles()
			.items()
			.forEach(article -> article.topics()
				.stream()
				.map(id -> id.toLowerCase(Locale.ROOT))
				.filter(id -> TOPIC.matcher(id).matches())
				.forEach(topicIds::add));
		if (topic != null) {
			topicIds.add(topic);
		}
		List<Topic> topics = topicIds.stream()
			.map(id -> new Topic(id, label(id), link(query, id, 1), id.equals(topic)))
			.toList();
		return new LearnListing(query, topic, page, results, topics);
	}

	public boolean filtered() {
		return this.query != null || this.topic != null;
	}

	/**
	 * The page title: what was searched for, so a tab or the history list says it too.
	 */
	public String title() {
		StringBuilder title = new StringBuilder();
		if (this.query != null) {
			title.append("Search results for “").append(this.query).append("”");
			if (this.topic != null) {
				title.append(" about ").append(label(this.topic));
			}
		}
		else if (this.topic != null) {
			title.append("Articles about ").append(label(this.topic));
		}
		else {
			title.append("Learn");
		}
		if (this.page > 1) {
			title.append(", page ").append(this.page);
		}
		return title.append(" — CarePath Counseling").toString();
	}

	/** "3 results for “ketamine”", "1 article about Treatment", "12 articles". */
	public String countHeading() {
		long count = this.results.totalItems();
		String noun = (this.query != null) ? ((count == 1) ? "result" : "results")
				: ((count == 1) ? "article" : "articles");
		StringBuilder heading = new StringBuilder(((count == 0) ? "No" : String.valueOf(count)) + " " + noun);
		if (this.query != null) {
			heading.append(" for “").append(this.query).append("”");
		}
		if (this.topic != null) {
			heading.append(" about ").append(label(this.topic));
		}
		return heading.toString();
	}

	public boolean hasPrevious() {
		return this.results.hasPrevious();
	}

	public boolean hasNext() {
		return this.results.hasNext();
	}

	public String previousLink() {
		return link(this.query, this.topic, this.page - 1);
	}

	public String nextLink() {
		return link(this.query, this.topic, this.page + 1);
	}

	public String allTopicsLink() {
		return link(this.query, null, 1);
	}

	static String label(String topicId) {
		return CodeWords.readable(topicId);
	}

	static String link(@Nullable String query, @Nullable String topic, int page) {
		// Values go in as template variables: only then are '&', '=', '+' and '#' in a
		// search encoded too.
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/learn");
		Map<String, Object> values = new HashMap<>();
		if (query != null) {
			link.queryParam("q", "{q}");
			values.put("q", query);
		}
		if (topic != null) {
			link.queryParam("topic", "{topic}");
			values.put("topic", topic);
		}
		if (page > 1) {
			link.queryParam("page", page);
		}
		return link.encode().buildAndExpand(values).toUriString();
	}

	record Topic(String id, String label, String link, boolean current) {
	}

}
