package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.carepath.content.rendering.MarkdownRenderer;
import org.carepath.content.rendering.RenderedBody;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the clinic's ketamine article as published revision 1, rendered by the same
 * renderer that publishes every later revision. The clinic published it before CarePath
 * existed, so it is recorded as imported source material, not as reviewed in CarePath: it
 * has no reviewer and no review date (the public page shows no "clinically reviewed"
 * line), and the first review by a content reviewer produces revision 2.
 */
public class V3__Seed_ketamine_article extends BaseJavaMigration {

	static final String SEED = "seed/ketamine-addiction.json";

	static final String IMPORTER = "system:import";

	/**
	 * The display name of the importer (revision 1's creator and the actor of its event);
	 * never a reviewer.
	 */
	static final String IMPORTED = "Clinic-approved source material (imported)";

	@Override
	public void migrate(Context context) throws Exception {
		JsonMapper json = JsonMapper.shared();
		JsonNode seed = json.readTree(read(SEED));
		String body = read(seed.get("body").asString());
		RenderedBody rendered = new MarkdownRenderer().render(body);
		Connection connection = context.getConnection();
		UUID articleId = UUID.randomUUID();
		UUID revisionId = UUID.randomUUID();
		update(connection, "insert into article (id, slug, created_at, published_at) values (?, ?, now(), now())",
				articleId, seed.get("slug").asString());
		update(connection, """
				insert into article_revision (id, article_id, number, state, title, summary, author_name,
				    author_credentials, topics, body, html, toc, faq, related_instruments, body_text, reading_minutes,
				    created_by, created_by_name, created_at, reviewed_by, reviewed_by_name, reviewed_at, published_at)
				values (?, ?, 1, 'published', ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?,
				    ?, ?, now(), null, null, null, now())""", revisionId, articleId, seed.get("title").asString(),
				seed.get("summary").asString(), seed.get("author").get("name").asString(),
				seed.get("author").get("credentials").asString(), strings(connection, seed.get("topics")), body,
				rendered.html(), json.writeValueAsString(rendered.toc()), json.writeValueAsString(seed.get("faq")),
				strings(connection, seed.get("relatedInstruments")), rendered.plainText(), rendered.readingMinutes(),
				IMPORTER, IMPORTED);
		int position = 0;
		for (JsonNode resourceId : seed.get("resourceIds")) {
			update(connection, "insert into revision_resource (revision_id, position, resource_id) values (?, ?, ?)",
					revisionId, position++, resourceId.asString());
		}
		update(connection, """
				insert into revision_event (revision_id, from_state, to_state, actor, actor_name, at, comments)
				values (?, null, 'published', ?, ?, now(), ?)""", revisionId, IMPORTER, IMPORTED,
				"Imported from the clinic's approved source material; awaiting its first clinical review in CarePath.");
	}

	private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

	private static java.sql.Array strings(Connection connection, JsonNode array) throws SQLException {
		List<String> values = array.valueStream().map(JsonNode::asString).toList();
		return connection.createArrayOf("text", values.toArray());
	}

	private static String read(String resource) {
		try (InputStream in = V3__Seed_ketamine_article.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing seed resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
