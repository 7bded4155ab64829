package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Contact details are personal data: a table of their own, read only with the screening's
 * audited detail.
 */
@Entity
@Table(name = "screening_contact")
class ScreeningContact {

	@Id
	@Column(name = "screening_id")
	private UUID screeningId;

	private @Nullable String name;

	private @Nullable String phone;

	private @Nullable String email;

	@Column(name = "consent_to_contact")
	private boolean consentToContact;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected ScreeningContact() {
	}

	ScreeningContact(UUID screeningId, @Nullable String name, @Nullable String phone, @Nullable String email,
			boolean consentToContact, Instant recordedAt) {
		this.screeningId = screeningId;
		this.name = name;
		this.phone = phone;
		this.email = email;
		this.consentToContact = consentToContact;
		this.recordedAt = recordedAt;
	}

	@Nullable String getName() {
		return this.name;
	}

	@Nullable String getPhone() {
		return this.phone;
	}

	@Nullable String getEmail() {
		return this.email;
	}

	boolean isConsentToContact() {
		return this.consentToContact;
	}

}
