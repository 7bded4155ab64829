package org.carepath.content.rendering;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record PreviewRequest(@NotNull @Size(max = 200_000) String body) {

}
