package org.carepath.content.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carepath.content.validation.NoControlCharacters;

/**
 * Who wrote an article and what qualifies them, shown with it. The same shape is written
 * and read.
 */
public record Author(@NotBlank @Size(max = 120) @NoControlCharacters String name,
		@Size(max = 200) @NoControlCharacters String credentials) {

}
