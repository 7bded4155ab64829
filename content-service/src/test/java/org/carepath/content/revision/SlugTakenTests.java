package org.carepath.content.revision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.carepath.content.EducationTestSupport;
import org.carepath.content.article.Author;
import org.carepath.content.article.FaqEntry;
import org.carepath.content.rendering.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Only a duplicate slug is "slug taken": any other failure of the insert is not dressed
 * up as a conflict.
 */
class SlugTakenTests extends EducationTestSupport {

	@Autowired
	private Articles articles;

	@Autowired
	private EditorialWorkflow workflow;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void aDuplicateSlugInsertIsRecognisedAsSlugTaken() {
		// What a concurrent create looks like: the slug check passed, the insert hits the
		// unique constraint.
		DataIntegrityViolationException duplicate = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
					status.setRollbackOnly();
					Article article = new Article("ketamine-addiction", now());
					article.saveDraft(content("Duplicate"), new MarkdownRenderer().render("Body."),
							new Staff("erin", "Erin Editor"), now());
					this.articles.saveAndFlush(article);
				}));

		assertThat(duplicate).isNotNull();
		assertThat(EditorialWorkflow.isSlugTaken(duplicate)).isTrue();
	}

	@Test
	void anotherIntegrityFailureIsNotSlugTaken() {
		// Bypassing the request validation: PostgreSQL refuses the zero byte, which is no
		// conflict on the slug.
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> this.workflow.create("slug-taken-nul", content("Nul\u0000title"),
					new Staff("erin", "Erin Editor")))
			.isNotInstanceOf(SlugTakenException.class);
		assertThat(this.articles.existsBySlug("slug-taken-nul")).isFalse();
	}

	private static RevisionContent content(String title) {
		return RevisionContent.of(title, "Summary.", new Author("Anna Raab", null), List.of("testing"), "Body.",
				List.of(new FaqEntry("Why?", "Because.")), List.of(), List.of());
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
