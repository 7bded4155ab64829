package org.carepath.content.revision;

/**
 * A reviewer tried to approve a revision they wrote: another reviewer must approve it.
 */
class SelfApprovalException extends RuntimeException {

	SelfApprovalException() {
		super("A reviewer may not approve a revision they wrote: another reviewer must approve it.");
	}

}
