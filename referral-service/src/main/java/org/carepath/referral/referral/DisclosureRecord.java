package org.carepath.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the accounting of disclosures (docs/part2-consent.md): what went to whom,
 * on which consent, approved by whom. {@code dataDescription} is the log's own summary of
 * the data sent; {@code consentDescription} the consent's description of the information,
 * exactly as the patient signed it.
 */
record DisclosureRecord(UUID id, Instant disclosedAt, Recipient recipient, List<String> elements,
		String dataDescription, String consentDescription, String purpose, ConsentRef consent, String approvedBy,
		UUID eventId, String eventType, @Nullable Instant withheldAt) {

	record Recipient(UUID programId, String partnerId, String name) {
	}

	record ConsentRef(UUID id, int version) {
	}

}
