package org.carepath.content.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.carepath.content.article.Author;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and searches published articles with PostgreSQL full-text search: the
 * {@code english} configuration stems words (so "addicted" finds "addiction"),
 * {@code websearch_to_tsquery} accepts whatever people type (quotes, "or", a leading
 * minus) without syntax errors, and the stored vector weighs the title over the summary
 * over the body.
 */
@Component
@Transactional(readOnly = true)
class ArticleSearch {

	private static final String FROM = """
			from article a
			join article_revision r on r.article_id = a.id and r.state = 'published'
			""";

	private static final String COLUMNS = """
			a.slug, r.title, r.summary, r.author_name, r.author_credentials, r.topics, r.reading_minutes,
			a.published_at, r.published_at as updated_at""";

	private static final String LIST = """
			select %s, null as snippet
			%s %s
			order by a.published_at desc, a.slug
			limit :limit offset :offset""";

	/**
	 * Ranks first, then cuts snippets for the one page only (ts_headline is the costly
	 * part). The snippet comes from an HTML-escaped copy of the body, so the only markup
	 * in it is the {@code <mark>} that ts_headline adds.
	 */
	private static final String SEARCH = """
			select hit.*, ts_headline('english', html_escape(hit.body_text), websearch_to_tsquery('english', :q),
			    'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2,
			     FragmentDelimiter=" … "') as snippet
			from (select %s, r.body_text, ts_rank_cd(r.search, websearch_to_tsquery('english', :q)) as rank
			      %s %s
			      order by rank desc, a.published_at desc, a.slug
			      limit :limit offset :offset) hit
			order by hit.rank desc, hit.published_at desc, hit.slug""";

	private static final Pattern STRAY_MARKUP = Pattern.compile("[<>\"]");

	private final JdbcClient jdbc;

	ArticleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Newest first, or with a query best match first; {@code query} and {@code topic} may
	 * be null.
	 */
	ArticlePage find(String query, String topic, int page, int size) {
		String where = "where a.archived_at is null"
				+ ((query != null) ? " and r.search @@ websearch_to_tsquery('english', :q)" : "")
				+ ((topic != null) ? " and r.topics @> array[cast(:topic as text)]" : "");
		long total = bind(this.jdbc.sql("select count(*) " + FROM + where), query, topic).query(Long.class).single();
		String sql = ((query != null) ? SEARCH : LIST).formatted(COLUMNS, FROM, where);
		List<ArticleListItem> items = bind(this.jdbc.sql(sql), query, topic).param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> item(rs))
			.list();
		return new ArticlePage(items, page, size, total, (total + size - 1) / size, query);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String query, String topic) {
		if (query != null) {
			statement = statement.param("q", query);
		}
		if (topic != null) {
			statement = statement.param("topic", topic);
		}
		return statement;
	}

	private static ArticleListItem item(ResultSet rs) throws SQLException {
		return new ArticleListItem(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
				new Author(rs.getString("author_name"), rs.getString("author_credentials")),
				List.copyOf(Arrays.asList((String[]) rs.getArray("topics").getArray())), rs.getInt("reading_minutes"),
				rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				safe(rs.getString("snippet")));
	}

	/**
	 * Belt and braces: the body was escaped before ts_headline ran, so nothing but the
	 * marks can be markup. Should that ever break, whatever else looks like markup is
	 * escaped rather than passed to a page.
	 */
	static String safe(String snippet) {
		if (snippet == null) {
			return null;
		}
		String[] parts = snippet.split("<mark>|</mark>", -1);
		StringBuilder safe = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				safe.append((i % 2 == 1) ? "<mark>" : "</mark>");
			}
			safe.append(STRAY_MARKUP.matcher(parts[i]).replaceAll(match -> switch (match.group()) {
				case "<" -> "&lt;";
				case ">" -> "&gt;";
				default -> "&quot;";
			}));
		}
		return safe.toString();
	}

}
