package org.carepath.portal.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A section of the dashboard: the figures from one service's answer, or, when that
 * service could not answer, why not ({@code unavailableNotice}) while the rest of the
 * page renders.
 *
 * @param summary a sentence above the figures (totals), or null
 * @param empty what to say when there are no figures at all
 */
record Part(String id, String heading, @Nullable String summary, List<Figure> figures,
		@Nullable String unavailableNotice, String empty) {

	Part {
		figures = List.copyOf(figures);
	}

	static Part unavailable(String id, String heading, String why) {
		return new Part(id, heading, null, List.of(), why, "");
	}

	public boolean isUnavailable() {
		return this.unavailableNotice != null;
	}

}
