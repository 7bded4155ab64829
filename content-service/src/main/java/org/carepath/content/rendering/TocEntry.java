package org.carepath.content.rendering;

/**
 * One line of an article's table of contents: a heading and the id it carries in the
 * HTML.
 */
public record TocEntry(String id, String text, int level) {

}
