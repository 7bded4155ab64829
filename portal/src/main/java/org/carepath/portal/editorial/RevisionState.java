package org.carepath.portal.editorial;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A revision's state as a badge: always a word, never colour alone. Unknown states still
 * show their name.
 *
 * @param cssClass {@code badge badge-<state>} for the known states
 */
record RevisionState(String value, String label, String cssClass) {

	static RevisionState of(@Nullable String state) {
		String value = (state != null) ? state.strip().toLowerCase(Locale.ROOT) : "";
		return switch (value) {
			case "draft" -> new RevisionState(value, "Draft", "badge badge-draft");
			case "in-review" -> new RevisionState(value, "In review", "badge badge-in-review");
			case "published" -> new RevisionState(value, "Published", "badge badge-published");
			case "superseded" -> new RevisionState(value, "Superseded", "badge badge-superseded");
			case "archived" -> new RevisionState(value, "Archived", "badge badge-archived");
			default -> new RevisionState(value, value.isEmpty() ? "Unknown" : value, "badge");
		};
	}

	public boolean is(String state) {
		return this.value.equals(state);
	}

}
