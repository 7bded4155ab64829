package org.carepath.content.revision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carepath.content.validation.NoControlCharacters;

/** Why a reviewer returns a revision to its editor. */
record SendBackRequest(@NotBlank @Size(max = 4000) @NoControlCharacters String comments) {

}
