package org.carepath.portal.learn;

import java.util.ArrayList;
import java.util.List;

import org.carepath.portal.system.DisplayDates;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The schema.org description of an article page for search engines: a
 * {@code MedicalWebPage} and, when the article has questions, a {@code FAQPage}. Built as
 * a JSON tree by Jackson, never by pasting text into JSON; then {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c}… so no text (a {@code </script>} in a title,
 * say) can end the {@code <script type="application/ld+json">} block it is printed into.
 */
@Component
class ArticleJsonLd {

	private final JsonMapper json;

	private final DisplayDates dates;

	ArticleJsonLd(JsonMapper json, DisplayDates dates) {
		this.json = json;
		this.dates = dates;
	}

	List<String> blocksFor(Article article) {
		List<String> blocks = new ArrayList<>();
		blocks.add(scriptSafe(medicalWebPage(article)));
		if (!article.faq().isEmpty()) {
			blocks.add(scriptSafe(faqPage(article)));
		}
		return blocks;
	}

	private ObjectNode medicalWebPage(Article article) {
		ObjectNode page = schema("MedicalWebPage");
		page.put("name", article.title());
		page.put("headline", article.title());
		putText(page, "description", article.summary());
		page.put("inLanguage", "en");
		if (article.author() != null && article.author().name() != null) {
			ObjectNode author = page.putObject("author");
			author.put("@type", "Person");
			author.put("name", article.author().name());
			if (article.author().credentials() != null) {
				ObjectNode credential = author.putObject("hasCredential");
				credential.put("@type", "EducationalOccupationalCredential");
				credential.put("name", article.author().credentials());
			}
		}
		if (article.reviewedBy() != null) {
			ObjectNode reviewer = page.putObject("reviewedBy");
			reviewer.put("@type", "Person");
			reviewer.put("name", article.reviewedBy());
		}
		if (article.reviewedAt() != null) {
			page.put("lastReviewed", this.dates.isoDate(article.reviewedAt()));
		}
		if (article.publishedAt() != null) {
			page.put("datePublished", this.dates.iso(article.publishedAt()));
		}
		if (article.updatedAt() != null) {
			page.put("dateModified", this.dates.iso(article.updatedAt()));
		}
		if (!article.topics().isEmpty()) {
			ArrayNode about = page.putArray("about");
			article.topics().forEach(topic -> about.addObject().put("@type", "Thing").put("name", topic));
			page.put("keywords", String.join(", ", article.topics()));
		}
		return page;
	}

	private ObjectNode faqPage(Article article) {
		ObjectNode page = schema("FAQPage");
		ArrayNode questions = page.putArray("mainEntity");
		for (Article.FaqEntry entry : article.faq()) {
			ObjectNode question = questions.addObject();
			question.put("@type", "Question");
			question.put("name", entry.question());
			ObjectNode answer = question.putObject("acceptedAnswer");
			answer.put("@type", "Answer");
			answer.put("text", entry.answer());
		}
		return page;
	}

	private ObjectNode schema(String type) {
		ObjectNode node = this.json.createObjectNode();
		node.put("@context", "https://schema.org");
		node.put("@type", type);
		return node;
	}

	private static void putText(ObjectNode node, String field, @Nullable String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	/**
	 * These characters only occur inside JSON strings, where the escapes mean the same
	 * text.
	 */
	private String scriptSafe(ObjectNode node) {
		return this.json.writeValueAsString(node)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

}
