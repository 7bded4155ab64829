package org.carepath.portal.editorial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.carepath.portal.editorial.EditorialApi.Author;
import org.carepath.portal.editorial.EditorialApi.CreateRequest;
import org.carepath.portal.editorial.EditorialApi.DraftRequest;
import org.carepath.portal.editorial.EditorialApi.Faq;
import org.carepath.portal.editorial.EditorialApi.Revision;

/**
 * The article editor's form, bound from the posted fields ({@code faq[0].question}, …). A
 * JavaBean rather than a record because Spring binds repeatable rows into it. Topics,
 * typed as comma-separated text, are split only when sent to the service, so what the
 * editor typed comes back unchanged on an error; related self-checks and resources are
 * chosen with checkboxes.
 */
public class ArticleForm {

	/**
	 * Empty question rows offered below the filled ones, so an editor can add FAQ entries
	 * without JavaScript.
	 */
	static final int EMPTY_FAQ_ROWS = 2;

	private String slug = "";

	private String title = "";

	private String summary = "";

	private String authorName = "";

	private String authorCredentials = "";

	private String topics = "";

	private String body = "";

	private List<FaqRow> faq = new ArrayList<>();

	private List<String> relatedInstruments = new ArrayList<>();

	private List<String> resourceIds = new ArrayList<>();

	/**
	 * A new article, its author the signed-in editor until they name someone else: most
	 * editors write their own articles.
	 */
	static ArticleForm empty(String authorName) {
		ArticleForm form = new ArticleForm();
		form.authorName = text(authorName);
		form.withEmptyFaqRows();
		return form;
	}

	/** A new draft starts from the latest revision. */
	static ArticleForm from(Revision revision) {
		ArticleForm form = new ArticleForm();
		form.slug = text(revision.slug());
		form.title = text(revision.title());
		form.summary = text(revision.summary());
		if (revision.author() != null) {
			form.authorName = text(revision.author().name());
			form.authorCredentials = text(revision.author().credentials());
		}
		form.topics = String.join(", ", revision.topics());
		form.body = text(revision.body());
		revision.faq().forEach(entry -> form.faq.add(new FaqRow(text(entry.question()), text(entry.answer()))));
		form.relatedInstruments = new ArrayList<>(revision.relatedInstruments());
		form.resourceIds = new ArrayList<>(revision.resourceIds());
		form.withEmptyFaqRows();
		return form;
	}

	CreateRequest toCreateRequest() {
		return new CreateRequest(this.slug.strip(), this.title.strip(), this.summary.strip(), author(),
				split(this.topics), markdown(), faqEntries(), chosen(this.relatedInstruments),
				chosen(this.resourceIds));
	}

	DraftRequest toDraftRequest() {
		return new DraftRequest(this.title.strip(), this.summary.strip(), author(), split(this.topics), markdown(),
				faqEntries(), chosen(this.relatedInstruments), chosen(this.resourceIds));
	}

	/**
	 * The filled FAQ rows in order, then the empty rows. Called before re-rendering after
	 * the service refused: its error fields ({@code faq[1].answer}) count the rows it was
	 * sent, so the form must number them the same way.
	 */
	ArticleForm withEmptyFaqRows() {
		List<FaqRow> filled = new ArrayList<>(this.faq.stream().filter(row -> !row.isBlank()).toList());
		for (int i = 0; i < EMPTY_FAQ_ROWS; i++) {
			filled.add(new FaqRow("", ""));
		}
		this.faq = filled;
		return this;
	}

	/** Line endings as Markdown keeps them; browsers send CRLF from a textarea. */
	String markdown() {
		return this.body.replace("\r\n", "\n").replace('\r', '\n');
	}

	private Author author() {
		String credentials = this.authorCredentials.strip();
		return new Author(this.authorName.strip(), credentials.isEmpty() ? null : credentials);
	}

	private List<Faq> faqEntries() {
		return this.faq.stream()
			.filter(row -> !row.isBlank())
			.map(row -> new Faq(row.getQuestion().strip(), row.getAnswer().strip().replace("\r\n", "\n")))
			.toList();
	}

	/** The ids of the ticked checkboxes, each once. */
	private static List<String> chosen(List<String> ids) {
		return ids.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
	}

	static List<String> split(String commaSeparated) {
		return Arrays.stream(commaSeparated.split(","))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = text(slug);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = text(title);
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = text(summary);
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public void setAuthorName(String authorName) {
		this.authorName = text(authorName);
	}

	public String getAuthorCredentials() {
		return this.authorCredentials;
	}

	public void setAuthorCredentials(String authorCredentials) {
		this.authorCredentials = text(authorCredentials);
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = text(topics);
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = text(body);
	}

	public List<FaqRow> getFaq() {
		return this.faq;
	}

	public void setFaq(List<FaqRow> faq) {
		this.faq = (faq != null) ? new ArrayList<>(faq) : new ArrayList<>();
	}

	public List<String> getRelatedInstruments() {
		return this.relatedInstruments;
	}

	public void setRelatedInstruments(List<String> relatedInstruments) {
		this.relatedInstruments = (relatedInstruments != null) ? new ArrayList<>(relatedInstruments)
				: new ArrayList<>();
	}

	public List<String> getResourceIds() {
		return this.resourceIds;
	}

	public void setResourceIds(List<String> resourceIds) {
		this.resourceIds = (resourceIds != null) ? new ArrayList<>(resourceIds) : new ArrayList<>();
	}

	/** One question and answer of the article's FAQ. */
	public static class FaqRow {

		private String question = "";

		private String answer = "";

		public FaqRow() {
		}

		FaqRow(String question, String answer) {
			this.question = question;
			this.answer = answer;
		}

		boolean isBlank() {
			return this.question.isBlank() && this.answer.isBlank();
		}

		public String getQuestion() {
			return this.question;
		}

		public void setQuestion(String question) {
			this.question = text(question);
		}

		public String getAnswer() {
			return this.answer;
		}

		public void setAnswer(String answer) {
			this.answer = text(answer);
		}

	}

}
