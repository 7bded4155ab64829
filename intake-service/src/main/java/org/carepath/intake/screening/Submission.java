package org.carepath.intake.screening;

/**
 * What the service answers: the result, and whether it was stored now (201) or replayed
 * for a retry (200).
 */
record Submission(SubmissionResult result, boolean created) {
}
