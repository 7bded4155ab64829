package org.carepath.intake.oncall;

import jakarta.validation.constraints.NotBlank;

/**
 * The clinic-wide escalation contact: paged when no slot or exception covers the time.
 */
record EscalationContactRequest(@NotBlank @ContactEmail String email) {
}
