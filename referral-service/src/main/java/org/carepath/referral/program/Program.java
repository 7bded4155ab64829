package org.carepath.referral.program;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

@Entity
@Table(name = "program")
class Program {

	@Id
	private UUID id;

	@Column(name = "partner_id")
	private String partnerId;

	private String name;

	@Column(name = "accepting_referrals")
	private boolean acceptingReferrals;

	@ElementCollection
	@CollectionTable(name = "program_level_of_care", joinColumns = @JoinColumn(name = "program_id"))
	@OrderBy("edition, code")
	private Set<LevelOfCare> levelsOfCare = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "program_service", joinColumns = @JoinColumn(name = "program_id"))
	@Column(name = "service")
	@OrderBy
	private Set<String> services = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "program_population", joinColumns = @JoinColumn(name = "program_id"))
	@Column(name = "population")
	@OrderBy
	private Set<String> populations = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "program_language", joinColumns = @JoinColumn(name = "program_id"))
	@Column(name = "language")
	@OrderBy
	private Set<String> languages = new LinkedHashSet<>();

	private @Nullable String description;

	@Embedded
	private @Nullable Address address;

	@Column(name = "intake_phone")
	private @Nullable String intakePhone;

	@Column(name = "intake_email")
	private @Nullable String intakeEmail;

	protected Program() {
	}

	UUID getId() {
		return this.id;
	}

	String getPartnerId() {
		return this.partnerId;
	}

	String getName() {
		return this.name;
	}

	boolean isAcceptingReferrals() {
		return this.acceptingReferrals;
	}

	Set<LevelOfCare> getLevelsOfCare() {
		return this.levelsOfCare;
	}

	Set<String> getServices() {
		return this.services;
	}

	Set<String> getPopulations() {
		return this.populations;
	}

	Set<String> getLanguages() {
		return this.languages;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	@Nullable Address getAddress() {
		return this.address;
	}

	@Nullable String getIntakePhone() {
		return this.intakePhone;
	}

	@Nullable String getIntakeEmail() {
		return this.intakeEmail;
	}

	/** The program's postal address (fictional for the demo partners). */
	@Embeddable
	record Address(@Nullable String street, @Nullable String city, @Nullable String region,
			@Column(name = "postal_code") @Nullable String postalCode, @Nullable String country) {
	}

}
