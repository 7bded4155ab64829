package org.carepath.content.revision;

/**
 * An approval named content other than what the revision would publish: the reviewer was
 * shown something else (an older page, a resource since changed), so approving would put
 * unseen content in front of readers as clinically reviewed.
 */
class UnreviewedContentException extends RuntimeException {

	UnreviewedContentException(int number) {
		super("Revision " + number + " is not what you were shown: open it again, review what it would publish now, "
				+ "and approve that.");
	}

}
