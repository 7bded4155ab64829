package org.carepath.content.rendering;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carepath.content.validation.NoControlCharacters;

record PreviewRequest(@NotNull @Size(max = 200_000) @NoControlCharacters String body) {

}
