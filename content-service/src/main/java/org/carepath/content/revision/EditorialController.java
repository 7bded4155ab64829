package org.carepath.content.revision;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff side of education: editors write, reviewers approve. Who may call what is set
 * in the security configuration; the rules of the workflow live in {@link Article}.
 */
@RestController
class EditorialController {

	private final EditorialWorkflow workflow;

	private final EditorialQueries queries;

	EditorialController(EditorialWorkflow workflow, EditorialQueries queries) {
		this.workflow = workflow;
		this.queries = queries;
	}

	@PostMapping("/api/content/articles")
	ResponseEntity<RevisionView> create(@Valid @RequestBody ArticleRequest request, Authentication editor) {
		RevisionView created = this.workflow.create(request.slug(), request.content(), Staff.of(editor));
		return ResponseEntity.created(location(created)).body(created);
	}

	/**
	 * Always a new revision, whatever the editor based it on: stored revisions are never
	 * overwritten.
	 */
	@PutMapping("/api/content/articles/{slug}/draft")
	ResponseEntity<RevisionView> saveDraft(@PathVariable String slug, @Valid @RequestBody DraftRequest request,
			Authentication editor) {
		RevisionView saved = this.workflow.saveDraft(slug, request.content(), Staff.of(editor));
		return ResponseEntity.created(location(saved)).body(saved);
	}

	@PostMapping("/api/content/articles/{slug}/revisions/{number}/submit")
	RevisionView submit(@PathVariable String slug, @PathVariable int number, Authentication editor) {
		return this.workflow.submit(slug, number, Staff.of(editor));
	}

	/**
	 * The body names what the reviewer was shown ({@code contentHash} from the revision
	 * they reviewed); anything else is refused, so nothing unseen goes public.
	 */
	@PostMapping("/api/content/articles/{slug}/revisions/{number}/approve")
	RevisionView approve(@PathVariable String slug, @PathVariable int number,
			@Valid @RequestBody ApprovalRequest request, Authentication reviewer) {
		return this.workflow.approve(slug, number, Staff.of(reviewer), request.contentHash());
	}

	@PostMapping("/api/content/articles/{slug}/revisions/{number}/send-back")
	RevisionView sendBack(@PathVariable String slug, @PathVariable int number,
			@Valid @RequestBody SendBackRequest request, Authentication reviewer) {
		return this.workflow.sendBack(slug, number, Staff.of(reviewer), request.comments());
	}

	@PostMapping("/api/content/articles/{slug}/archive")
	ArticleStatus archive(@PathVariable String slug, Authentication staff) {
		return this.workflow.archive(slug, Staff.of(staff));
	}

	@GetMapping("/api/content/articles/{slug}/revisions")
	List<RevisionSummary> revisions(@PathVariable String slug) {
		return this.workflow.revisions(slug);
	}

	@GetMapping("/api/content/articles/{slug}/revisions/{number}")
	RevisionView revision(@PathVariable String slug, @PathVariable int number) {
		return this.workflow.revision(slug, number);
	}

	@GetMapping("/api/content/review-queue")
	List<QueueItem> reviewQueue() {
		return this.queries.reviewQueue();
	}

	@GetMapping("/api/content/drafts")
	List<ArticleStatus> drafts() {
		return this.queries.articles();
	}

	private static URI location(RevisionView revision) {
		return URI.create("/api/content/articles/" + revision.slug() + "/revisions/" + revision.revision());
	}

}
