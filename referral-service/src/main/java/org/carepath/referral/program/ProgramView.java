package org.carepath.referral.program;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A partner program as staff see it in the directory. */
record ProgramView(UUID id, String partnerId, String name, @Nullable String description, boolean acceptingReferrals,
		List<Level> levelsOfCare, List<String> services, List<String> populations, List<String> languages,
		@Nullable Address address, IntakeContact intakeContact) {

	record Level(String edition, String code, String name) {
	}

	record Address(@Nullable String street, @Nullable String city, @Nullable String region, @Nullable String postalCode,
			@Nullable String country) {
	}

	record IntakeContact(@Nullable String phone, @Nullable String email) {
	}

	static ProgramView of(Program program) {
		Program.Address address = program.getAddress();
		return new ProgramView(program.getId(), program.getPartnerId(), program.getName(), program.getDescription(),
				program.isAcceptingReferrals(),
				program.getLevelsOfCare()
					.stream()
					.map(level -> new Level(level.edition(), level.code(), level.name()))
					.toList(),
				List.copyOf(program.getServices()), List.copyOf(program.getPopulations()),
				List.copyOf(program.getLanguages()),
				(address != null) ? new Address(address.street(), address.city(), address.region(),
						address.postalCode(), address.country()) : null,
				new IntakeContact(program.getIntakePhone(), program.getIntakeEmail()));
	}

}
