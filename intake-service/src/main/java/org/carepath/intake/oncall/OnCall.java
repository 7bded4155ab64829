package org.carepath.intake.oncall;

import org.jspecify.annotations.Nullable;

/**
 * Who is on call at a moment: the primary contact and the escalation contact, and what
 * said so ({@code slot}, {@code exception}, or {@code none}: no slot or exception covers
 * the moment, so only the clinic-wide escalation contact, if one is set).
 */
public record OnCall(@Nullable String primary, @Nullable String escalation, String source) {

	/** Who is paged first: the primary contact, else the escalation contact. */
	public @Nullable String firstContact() {
		return (this.primary != null) ? this.primary : this.escalation;
	}

}
