package org.carepath.content.revision;

/** A new article asked for a slug another article already has: a slug is taken once. */
class SlugTakenException extends RuntimeException {

	SlugTakenException(String slug) {
		super("An article with the slug " + slug + " exists.");
	}

}
