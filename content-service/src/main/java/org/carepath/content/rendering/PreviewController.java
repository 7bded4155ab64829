package org.carepath.content.rendering;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live preview for editors: the very renderer and sanitizer that publishing uses, so what
 * an editor sees is what readers will get. Nothing is stored.
 */
@RestController
class PreviewController {

	private final MarkdownRenderer renderer;

	PreviewController(MarkdownRenderer renderer) {
		this.renderer = renderer;
	}

	@PostMapping("/api/content/preview")
	Preview preview(@Valid @RequestBody PreviewRequest request) {
		RenderedBody rendered = this.renderer.render(request.body());
		return new Preview(rendered.html(), rendered.toc(), rendered.readingMinutes());
	}

}
