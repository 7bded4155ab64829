package org.carepath.content.revision;

/**
 * The workflow refuses to move an article or a revision: the article is archived, another
 * revision is in review, or the revision is not in the state the move starts from. The
 * message says which, for the staff member who tried.
 */
class InvalidTransitionException extends RuntimeException {

	InvalidTransitionException(String message) {
		super(message);
	}

}
