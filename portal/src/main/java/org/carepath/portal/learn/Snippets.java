package org.carepath.portal.learn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Makes a search snippet safe to print unescaped. The content service sends HTML-escaped
 * text with its matches wrapped in {@code <mark>}; the portal does not take that on
 * trust: it escapes everything again, then restores exactly the bare
 * {@code <mark>}/{@code </mark>} tags (balanced) and the service's own character
 * references. Whatever else the snippet held — a tag, an attribute, a script — ends up as
 * visible text.
 */
final class Snippets {

	private static final Pattern MARK = Pattern.compile("&lt;(/?)mark&gt;");

	/**
	 * A character reference the service wrote (now double-escaped): it can only ever
	 * stand for text.
	 */
	private static final Pattern REFERENCE = Pattern
		.compile("&amp;(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

	private Snippets() {
	}

	static @Nullable String markOnly(@Nullable String snippet) {
		if (snippet == null || snippet.isBlank()) {
			return null;
		}
		// Marks first: a "&lt;mark&gt;" the service escaped as text is
		// "&amp;lt;mark&amp;gt;" here and stays text.
		String escaped = HtmlUtils.htmlEscape(snippet.strip(), "UTF-8");
		StringBuilder safe = new StringBuilder(escaped.length());
		Matcher mark = MARK.matcher(escaped);
		boolean open = false;
		while (mark.find()) {
			boolean closing = !mark.group(1).isEmpty();
			String tag = "";
			if (closing && open) {
				tag = "</mark>";
				open = false;
			}
			else if (!closing && !open) {
				tag = "<mark>";
				open = true;
			}
			// A stray or nested tag is dropped: marks never overlap and never leak past
			// the snippet.
			mark.appendReplacement(safe, tag);
		}
		mark.appendTail(safe);
		if (open) {
			safe.append("</mark>");
		}
		return REFERENCE.matcher(safe).replaceAll("&$1;");
	}

}
