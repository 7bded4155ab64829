package org.carepath.content.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.carepath.content.article.Author;
import org.carepath.content.article.FaqEntry;
import org.carepath.content.resource.SupportResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything of a revision that goes public once it is approved: what a reviewer must be
 * shown, and what their approval covers. The rendering (HTML, table of contents, reading
 * time) is left out because it is made from the body when the revision is written and
 * never changes apart from it; the support resources are in as readers will see them
 * (name, numbers, address), since the directory can change under a revision's ids.
 */
record PublicParts(String title, String summary, Author author, List<String> topics, String body, List<FaqEntry> faq,
		List<String> relatedInstruments, List<SupportResource> resources) {

	static PublicParts of(Revision revision, List<SupportResource> resources) {
		return new PublicParts(revision.title(), revision.summary(), revision.author(), revision.topics(),
				revision.body(), revision.faq(), revision.relatedInstruments(), resources);
	}

	/**
	 * SHA-256 of these parts as JSON, in hex. A record is written in component order and
	 * lists in their own order, so the same parts always give the same hash, and any
	 * change in any part (a word of an FAQ answer, a resource's phone number, the order
	 * of topics) gives another.
	 */
	String hash() {
		try {
			byte[] json = JsonMapper.shared().writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
