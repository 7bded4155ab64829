package org.carepath.content.revision;

/** No article, in any state, has this slug. */
class ArticleNotFoundException extends RuntimeException {

	ArticleNotFoundException(String slug) {
		super("No article has the slug " + slug + ".");
	}

}
