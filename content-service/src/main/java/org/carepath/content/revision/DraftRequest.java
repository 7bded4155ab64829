package org.carepath.content.revision;

import java.util.List;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carepath.content.article.Author;
import org.carepath.content.article.FaqEntry;
import org.carepath.content.resource.KnownResources;
import org.carepath.content.validation.DatabaseChecks;
import org.carepath.content.validation.NoControlCharacters;

import static org.carepath.content.revision.ArticleRequest.INSTRUMENT;
import static org.carepath.content.revision.ArticleRequest.INSTRUMENT_MESSAGE;
import static org.carepath.content.revision.ArticleRequest.TOPIC;
import static org.carepath.content.revision.ArticleRequest.TOPIC_MESSAGE;

/**
 * The whole content of a new revision of an existing article: the same as
 * {@link ArticleRequest} less the slug.
 */
@GroupSequence({ DraftRequest.class, DatabaseChecks.class })
record DraftRequest(@NotBlank @Size(max = 200) @NoControlCharacters String title,
		@NotBlank @Size(max = 600) @NoControlCharacters String summary, @NotNull @Valid Author author,
		@Size(max = 10) List<@NotNull @NoControlCharacters @Pattern(regexp = TOPIC,
				message = TOPIC_MESSAGE) String> topics,
		@NotBlank @Size(max = 200_000) @NoControlCharacters String body,
		@Size(max = 30) List<@NotNull @Valid FaqEntry> faq,
		@Size(max = 20) List<@NotNull @NoControlCharacters @Pattern(regexp = INSTRUMENT,
				message = INSTRUMENT_MESSAGE) String> relatedInstruments,
		@Size(max = 20) @KnownResources(groups = DatabaseChecks.class) List<@NotBlank @Size(
				max = 60) @NoControlCharacters String> resourceIds) {

	RevisionContent content() {
		return RevisionContent.of(this.title, this.summary, this.author, this.topics, this.body, this.faq,
				this.relatedInstruments, this.resourceIds);
	}

}
