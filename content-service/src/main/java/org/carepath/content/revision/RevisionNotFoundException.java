package org.carepath.content.revision;

/** The article exists but has no revision with this number. */
class RevisionNotFoundException extends RuntimeException {

	RevisionNotFoundException(String slug, int number) {
		super("Article " + slug + " has no revision " + number + ".");
	}

}
