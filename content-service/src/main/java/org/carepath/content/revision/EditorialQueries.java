package org.carepath.content.revision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff worklists, across articles. Plain SQL: loading every article's revisions
 * (bodies included) through the aggregate only to show one line per article would be
 * wasteful.
 */
@Component
@Transactional(readOnly = true)
class EditorialQueries {

	private static final String PUBLISHED_REVISION = """
			(select p.number from article_revision p where p.article_id = a.id and p.state = 'published')""";

	private final JdbcClient jdbc;

	EditorialQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Revisions in review, the longest waiting first. */
	List<QueueItem> reviewQueue() {
		return this.jdbc.sql("""
				select a.slug, r.number, r.title, r.created_by_name, r.created_by, r.created_at, r.submitted_at,
				       %s as published_revision
				from article_revision r
				join article a on a.id = r.article_id
				where r.state = 'in-review'
				order by r.submitted_at, a.slug""".formatted(PUBLISHED_REVISION))
			.query((rs, row) -> new QueueItem(rs.getString("slug"), rs.getInt("number"), rs.getString("title"),
					rs.getString("created_by_name"), rs.getString("created_by"), instant(rs, "created_at"),
					instant(rs, "submitted_at"), rs.getObject("published_revision", Integer.class)))
			.list();
	}

	/** Every article with its latest revision, the most recently active first. */
	List<ArticleStatus> articles() {
		return this.jdbc.sql("""
				select a.slug, r.title, r.number, r.state, r.created_by_name, r.created_by, r.created_at,
				       (select max(e.at) from revision_event e where e.revision_id = r.id) as updated_at,
				       r.review_comments, %s as published_revision, a.published_at, a.archived_at
				from article a
				join lateral (select * from article_revision x where x.article_id = a.id
				              order by x.number desc limit 1) r on true
				order by updated_at desc, a.slug""".formatted(PUBLISHED_REVISION))
			.query((rs, row) -> new ArticleStatus(rs.getString("slug"), rs.getString("title"), rs.getInt("number"),
					rs.getString("state"), rs.getString("created_by_name"), rs.getString("created_by"),
					instant(rs, "created_at"), instant(rs, "updated_at"), rs.getString("review_comments"),
					rs.getObject("published_revision", Integer.class), instant(rs, "published_at"),
					instant(rs, "archived_at")))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
