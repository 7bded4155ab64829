package org.carepath.referral.program;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the service may know about a program: the directory's published face.
 */
@NamedInterface("api")
@Component
public class ProgramDirectory {

	private final ProgramRepository programs;

	ProgramDirectory(ProgramRepository programs) {
		this.programs = programs;
	}

	@Transactional(readOnly = true)
	public Optional<Listing> find(UUID id) {
		return this.programs.findById(id).map(ProgramDirectory::listing);
	}

	@Transactional(readOnly = true)
	public Optional<Listing> findByPartnerId(String partnerId) {
		return this.programs.findByPartnerId(partnerId).map(ProgramDirectory::listing);
	}

	/**
	 * The name of an ASAM level in its edition, or null when the edition or code is
	 * unknown.
	 */
	public static @Nullable String levelName(String edition, String code) {
		return AsamLevels.name(edition, code);
	}

	private static Listing listing(Program program) {
		return new Listing(program.getId(), program.getPartnerId(), program.getName(), program.isAcceptingReferrals(),
				program.getLevelsOfCare().stream().map(level -> level.edition() + "|" + level.code()).toList());
	}

	/** A program as a referral sees it. */
	public record Listing(UUID id, String partnerId, String name, boolean acceptingReferrals, List<String> levelKeys) {

		public boolean offers(String edition, String code) {
			return this.levelKeys.contains(edition + "|" + code);
		}

	}

}
