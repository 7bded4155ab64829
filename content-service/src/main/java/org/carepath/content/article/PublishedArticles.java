package org.carepath.content.article;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.carepath.content.rendering.TocEntry;
import org.carepath.content.resource.SupportResources;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the public may see: the one published revision of an article that is not
 * archived. Plain SQL over the stored rendering, so a public read is two small queries
 * and never renders Markdown.
 */
@Component
@Transactional(readOnly = true)
class PublishedArticles {

	private static final TypeReference<List<TocEntry>> TOC = new TypeReference<>() {
	};

	private static final TypeReference<List<FaqEntry>> FAQ = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final SupportResources resources;

	PublishedArticles(JdbcClient jdbc, JsonMapper json, SupportResources resources) {
		this.jdbc = jdbc;
		this.json = json;
		this.resources = resources;
	}

	Optional<PublishedArticle> find(String slug) {
		return this.jdbc.sql("""
				select a.slug, r.number, r.title, r.summary, r.author_name, r.author_credentials, r.topics, r.html,
				       r.toc::text as toc, r.faq::text as faq, r.related_instruments, r.reading_minutes,
				       r.reviewed_by_name, r.reviewed_at, a.published_at, r.published_at as updated_at,
				       array(select rr.resource_id from revision_resource rr
				             where rr.revision_id = r.id order by rr.position) as resource_ids
				from article a
				join article_revision r on r.article_id = a.id and r.state = 'published'
				where a.slug = :slug and a.archived_at is null""")
			.param("slug", slug)
			.query((rs, row) -> article(rs))
			.optional();
	}

	private PublishedArticle article(ResultSet rs) throws SQLException {
		List<String> resourceIds = strings(rs.getArray("resource_ids"));
		return new PublishedArticle(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
				new Author(rs.getString("author_name"), rs.getString("author_credentials")),
				strings(rs.getArray("topics")), rs.getString("html"), this.json.readValue(rs.getString("toc"), TOC),
				this.json.readValue(rs.getString("faq"), FAQ), this.resources.byIds(resourceIds),
				strings(rs.getArray("related_instruments")), rs.getString("reviewed_by_name"),
				instant(rs.getTimestamp("reviewed_at")), rs.getInt("number"), rs.getInt("reading_minutes"),
				rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	/**
	 * {@code null} for a revision never reviewed in CarePath (the imported revision 1).
	 */
	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static List<String> strings(Array array) throws SQLException {
		return List.copyOf(Arrays.asList((String[]) array.getArray()));
	}

}
