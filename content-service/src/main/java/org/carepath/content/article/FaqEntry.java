package org.carepath.content.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question readers ask, answered in plain text (not Markdown): the portal shows it escaped. */
public record FaqEntry(@NotBlank @Size(max = 300) String question, @NotBlank @Size(max = 5000) String answer) {

}
