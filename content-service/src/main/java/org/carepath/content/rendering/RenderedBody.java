package org.carepath.content.rendering;

import java.util.List;

/**
 * An article body as readers get it: sanitized HTML, the outline of its headings, and the
 * plain text that search indexes. Stored with each revision, so public reads never
 * render.
 */
public record RenderedBody(String html, List<TocEntry> toc, String plainText, int readingMinutes) {

}
