package org.carepath.portal.editorial;

import java.util.List;

import org.carepath.portal.editorial.EditorialApi.ApprovalRequest;
import org.carepath.portal.editorial.EditorialApi.ArticleStatus;
import org.carepath.portal.editorial.EditorialApi.CreateRequest;
import org.carepath.portal.editorial.EditorialApi.DraftRequest;
import org.carepath.portal.editorial.EditorialApi.Preview;
import org.carepath.portal.editorial.EditorialApi.PreviewRequest;
import org.carepath.portal.editorial.EditorialApi.QueueItem;
import org.carepath.portal.editorial.EditorialApi.Resource;
import org.carepath.portal.editorial.EditorialApi.Revision;
import org.carepath.portal.editorial.EditorialApi.RevisionSummary;
import org.carepath.portal.editorial.EditorialApi.SendBackRequest;
import org.carepath.portal.learn.Article;
import org.carepath.portal.learn.PublishedArticleCache;
import org.carepath.portal.system.ServiceClients;
import org.carepath.portal.system.ServiceClients.Service;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import static org.carepath.portal.system.ServiceCalls.call;
import static org.carepath.portal.system.ServiceCalls.list;
import static org.carepath.portal.system.ServiceCalls.required;

/**
 * The content service's editorial API, called as the signed-in staff member: the access
 * token the gateway relayed to the portal goes along on every call, so the service
 * decides with their roles and records their name. Every failure arrives as a
 * {@link ServiceProblem}.
 */
@Component
class EditorialClient {

	private static final ParameterizedTypeReference<List<ArticleStatus>> ARTICLES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<QueueItem>> QUEUE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<RevisionSummary>> REVISIONS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Resource>> RESOURCES = new ParameterizedTypeReference<>() {
	};

	private final RestClient restClient;

	private final JsonMapper json;

	private final PublishedArticleCache published;

	EditorialClient(ServiceClients clients, JsonMapper json, PublishedArticleCache published) {
		this.restClient = clients.asSignedInUser(Service.CONTENT);
		this.json = json;
		this.published = published;
	}

	List<ArticleStatus> drafts() {
		return call(() -> list(this.restClient.get().uri("/api/content/drafts").retrieve().body(ARTICLES)));
	}

	List<QueueItem> reviewQueue() {
		return call(() -> list(this.restClient.get().uri("/api/content/review-queue").retrieve().body(QUEUE)));
	}

	List<RevisionSummary> revisions(String slug) {
		return call(() -> list(
				this.restClient.get().uri("/api/content/articles/{slug}/revisions", slug).retrieve().body(REVISIONS)));
	}

	Revision revision(String slug, int number) {
		return call(() -> required(this.restClient.get()
			.uri("/api/content/articles/{slug}/revisions/{n}", slug, number)
			.retrieve()
			.body(Revision.class)));
	}

	/**
	 * One revision read twice from one answer: as staff work on it, and in the shape the
	 * public article page reads ({@link Article}), for the editor's full preview on that
	 * page's own rendering path.
	 */
	RevisionPreview revisionPreview(String slug, int number) {
		String json = call(() -> required(this.restClient.get()
			.uri("/api/content/articles/{slug}/revisions/{n}", slug, number)
			.retrieve()
			.body(String.class)));
		return call(() -> new RevisionPreview(this.json.readValue(json, Revision.class),
				this.json.readValue(json, Article.class)));
	}

	record RevisionPreview(Revision revision, Article article) {
	}

	/** The support resources an editor can attach to an article. */
	List<Resource> resources() {
		return call(() -> list(this.restClient.get().uri("/api/content/resources").retrieve().body(RESOURCES)));
	}

	Revision create(CreateRequest article) {
		return call(() -> required(this.restClient.post()
			.uri("/api/content/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.body(article)
			.retrieve()
			.body(Revision.class)));
	}

	Revision saveDraft(String slug, DraftRequest draft) {
		return call(() -> required(this.restClient.put()
			.uri("/api/content/articles/{slug}/draft", slug)
			.contentType(MediaType.APPLICATION_JSON)
			.body(draft)
			.retrieve()
			.body(Revision.class)));
	}

	void submit(String slug, int number) {
		transition(slug, number, "submit", null);
	}

	/**
	 * Approves what the reviewer was shown: the service refuses (409
	 * {@code unreviewed-content}) when {@code contentHash} is not that of the revision's
	 * public content now.
	 */
	void approve(String slug, int number, String contentHash) {
		try {
			transition(slug, number, "approve", new ApprovalRequest(contentHash));
		}
		finally {
			// Published now (or maybe, after a timeout): the public page shows it next.
			this.published.evict(slug);
		}
	}

	void sendBack(String slug, int number, String comments) {
		transition(slug, number, "send-back", new SendBackRequest(comments));
	}

	void archive(String slug) {
		try {
			call(() -> this.restClient.post()
				.uri("/api/content/articles/{slug}/archive", slug)
				.retrieve()
				.toBodilessEntity());
		}
		finally {
			this.published.evict(slug);
		}
	}

	Preview preview(String body) {
		return call(() -> required(this.restClient.post()
			.uri("/api/content/preview")
			.contentType(MediaType.APPLICATION_JSON)
			.body(new PreviewRequest(body))
			.retrieve()
			.body(Preview.class)));
	}

	private void transition(String slug, int number, String action, @Nullable Object body) {
		call(() -> {
			RestClient.RequestBodySpec request = this.restClient.post()
				.uri("/api/content/articles/{slug}/revisions/{n}/{action}", slug, number, action);
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			return request.retrieve().toBodilessEntity();
		});
	}

}
