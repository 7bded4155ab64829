package org.carepath.content.revision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A reviewer's approval names what they were shown: the {@code contentHash} the revision
 * carried when their review page was made ({@link PublicParts#hash()}).
 */
record ApprovalRequest(@NotBlank @Pattern(regexp = "[0-9a-f]{64}",
		message = "must be the contentHash of the revision as it was shown") String contentHash) {

}
