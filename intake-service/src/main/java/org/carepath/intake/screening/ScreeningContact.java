package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Persistable;

import static org.carepath.support.text.Text.blankToNull;

/**
 * Contact details are personal data: a table of their own, read only with the screening's
 * audited detail.
 */
@Entity
@Table(name = "screening_contact")
class ScreeningContact implements Persistable<UUID> {

	@Id
	@Column(name = "screening_id")
	private UUID screeningId;

	private @Nullable String name;

	private @Nullable String phone;

	private @Nullable String email;

	@Column(name = "preferred_time")
	private @Nullable String preferredTime;

	@Column(name = "consent_to_contact")
	private boolean consentToContact;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	/**
	 * Whether the row exists, so that saving a new contact inserts it without a select
	 * first (its id is the screening's, assigned, never null).
	 */
	@Transient
	private boolean stored;

	protected ScreeningContact() {
	}

	@Override
	public UUID getId() {
		return this.screeningId;
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

	ScreeningContact(UUID screeningId, @Nullable String name, @Nullable String phone, @Nullable String email,
			@Nullable String preferredTime, boolean consentToContact, Instant recordedAt) {
		this.screeningId = screeningId;
		this.name = name;
		this.phone = phone;
		this.email = email;
		this.preferredTime = preferredTime;
		this.consentToContact = consentToContact;
		this.recordedAt = recordedAt;
	}

	/**
	 * Valid details the person consented to give, as the clinic keeps them: trimmed, the
	 * phone in E.164.
	 */
	static ScreeningContact given(UUID screeningId, ContactDetails details, PhoneNumbers phones, Instant now) {
		return new ScreeningContact(screeningId, strip(details.name()), phones.e164(details.phone()).orElse(null),
				strip(details.email()), blankToNull(details.preferredTime()), true, now);
	}

	private static @Nullable String strip(@Nullable String text) {
		String value = blankToNull(text);
		return (value != null) ? value.strip() : null;
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

	@Nullable String getPreferredTime() {
		return this.preferredTime;
	}

	boolean isConsentToContact() {
		return this.consentToContact;
	}

}
