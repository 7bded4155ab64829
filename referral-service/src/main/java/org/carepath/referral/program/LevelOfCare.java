package org.carepath.referral.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An ASAM level of care. The code means nothing without its edition (3rd and 4th differ),
 * so both travel together.
 */
@Embeddable
record LevelOfCare(@Column(name = "asam_edition") String edition, @Column(name = "level_code") String code) {

	/**
	 * The level's name in its edition, or null for a code the directory does not know.
	 */
	String name() {
		return AsamLevels.name(this.edition, this.code);
	}

}
