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

/** A new article: its slug (its address, for good) and the content of revision 1. */
@GroupSequence({ ArticleRequest.class, DatabaseChecks.class })
record ArticleRequest(@NotBlank @Slug String slug, @NotBlank @Size(max = 200) @NoControlCharacters String title,
		@NotBlank @Size(max = 600) @NoControlCharacters String summary, @NotNull @Valid Author author,
		@Size(max = 10) List<@NotNull @NoControlCharacters @Pattern(regexp = TOPIC,
				message = TOPIC_MESSAGE) String> topics,
		@NotBlank @Size(max = 200_000) @NoControlCharacters String body,
		@Size(max = 30) List<@NotNull @Valid FaqEntry> faq,
		@Size(max = 20) List<@NotNull @NoControlCharacters @Pattern(regexp = INSTRUMENT,
				message = INSTRUMENT_MESSAGE) String> relatedInstruments,
		@Size(max = 20) @KnownResources(groups = DatabaseChecks.class) List<@NotBlank @Size(
				max = 60) @NoControlCharacters String> resourceIds) {

	static final String TOPIC = "^[a-z0-9-]{1,40}$";

	static final String TOPIC_MESSAGE = "must be 1 to 40 lower-case letters, digits or hyphens";

	static final String INSTRUMENT = "^[a-z0-9.-]{1,40}$";

	static final String INSTRUMENT_MESSAGE = "must be 1 to 40 lower-case letters, digits, dots or hyphens";

	RevisionContent content() {
		return RevisionContent.of(this.title, this.summary, this.author, this.topics, this.body, this.faq,
				this.relatedInstruments, this.resourceIds);
	}

}
