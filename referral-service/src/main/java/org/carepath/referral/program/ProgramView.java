package org.carepath.referral.program;

import java.util.List;
import java.util.UUID;

/** A partner program as staff see it in the directory. */
record ProgramView(UUID id, String partnerId, String name, boolean acceptingReferrals, List<Level> levelsOfCare,
		List<String> services, List<String> populations) {

	record Level(String edition, String code, String name) {
	}

	static ProgramView of(Program program) {
		return new ProgramView(program.getId(), program.getPartnerId(), program.getName(),
				program.isAcceptingReferrals(),
				program.getLevelsOfCare().stream().map(level -> new Level(level.edition(), level.code(), level.name())).toList(),
				List.copyOf(program.getServices()), List.copyOf(program.getPopulations()));
	}

}
