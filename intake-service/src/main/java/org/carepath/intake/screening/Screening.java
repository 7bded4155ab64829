package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "screening")
class Screening {

	@Id
	private UUID id;

	private String reference;

	@Column(name = "instrument_id")
	private String instrumentId;

	@Column(name = "instrument_version")
	private String instrumentVersion;

	private String mode;

	private String status;

	private boolean crisis;

	@Column(name = "completed_at")
	private Instant completedAt;

	protected Screening() {
	}

	UUID getId() {
		return this.id;
	}

	String getReference() {
		return this.reference;
	}

	String getInstrumentId() {
		return this.instrumentId;
	}

	String getInstrumentVersion() {
		return this.instrumentVersion;
	}

	String getMode() {
		return this.mode;
	}

	String getStatus() {
		return this.status;
	}

	boolean isCrisis() {
		return this.crisis;
	}

	Instant getCompletedAt() {
		return this.completedAt;
	}

}
