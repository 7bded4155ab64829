package org.carepath.content.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carepath.content.validation.NoControlCharacters;

/**
 * A question readers ask, answered in plain text (not Markdown): the portal shows it
 * escaped.
 */
public record FaqEntry(@NotBlank @Size(max = 300) @NoControlCharacters String question,
		@NotBlank @Size(max = 5000) @NoControlCharacters String answer) {

}
