package org.carepath.content.rendering;

import java.util.List;

/** What a body will look like once published. */
record Preview(String html, List<TocEntry> toc, int readingMinutes) {

}
