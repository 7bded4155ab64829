package org.carepath.referral.program;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

}
