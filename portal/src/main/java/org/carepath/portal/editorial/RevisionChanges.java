package org.carepath.portal.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.carepath.portal.editorial.EditorialApi.Author;
import org.carepath.portal.editorial.EditorialApi.Faq;
import org.carepath.portal.editorial.EditorialApi.PublicParts;
import org.carepath.portal.editorial.EditorialApi.Resource;
import org.carepath.portal.editorial.EditorialApi.Revision;
import org.jspecify.annotations.Nullable;

/**
 * Every part of a revision that goes public, beside the same part of the published
 * revision: what a reviewer must see before approving, since the approval covers all of
 * it. Text parts as before and after, the Markdown line by line ({@link MarkdownDiff}),
 * lists as their entries marked added, removed or unchanged. Without a published revision
 * every part is new.
 *
 * @param published whether there is a published revision to compare with
 */
record RevisionChanges(boolean published, TextChange title, TextChange summary, TextChange authorName,
		TextChange authorCredentials, ListChange topics, MarkdownDiff body, FaqChanges faq, ListChange selfChecks,
		ListChange resources) {

	/**
	 * @param selfCheckName the name readers know a self-check by, from its id
	 */
	static RevisionChanges of(Revision revision, Function<String, String> selfCheckName) {
		PublicParts after = revision.publicParts();
		@Nullable PublicParts before = revision.published();
		boolean published = before != null;
		PublicParts old = published ? before : new PublicParts(null, null, null, null, null, null, null, null);
		return new RevisionChanges(published, TextChange.of(old.title(), after.title()),
				TextChange.of(old.summary(), after.summary()), TextChange.of(name(old.author()), name(after.author())),
				TextChange.of(credentials(old.author()), credentials(after.author())),
				ListChange.of(old.topics(), after.topics(), Function.identity()),
				MarkdownDiff.between(published ? old.body() : null, after.body()),
				FaqChanges.of(old.faq(), after.faq()),
				ListChange.of(old.relatedInstruments(), after.relatedInstruments(), selfCheckName),
				ListChange.of(shown(old.resources()), shown(after.resources()), Function.identity()));
	}

	/** Whether any part differs from the published revision. */
	public boolean hasChanges() {
		return !this.published || this.title.changed() || this.summary.changed() || this.authorName.changed()
				|| this.authorCredentials.changed() || this.topics.hasChanges() || this.body.hasChanges()
				|| this.faq.hasChanges() || this.selfChecks.hasChanges() || this.resources.hasChanges();
	}

	private static @Nullable String name(@Nullable Author author) {
		return (author != null) ? author.name() : null;
	}

	private static @Nullable String credentials(@Nullable Author author) {
		return (author != null) ? author.credentials() : null;
	}

	/**
	 * Resources as readers see them: a resource whose details changed is a changed line.
	 */
	private static List<String> shown(List<Resource> resources) {
		return resources.stream().map(Resource::asShown).toList();
	}

	/** How an entry or a text stands against the published revision. */
	enum Kind {

		ADDED("Added"), REMOVED("Removed"), CHANGED("Changed"), UNCHANGED("Unchanged");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public String cssClass() {
			return "change-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** A one-line text (title, summary, author): the published value and this one. */
	record TextChange(@Nullable String before, @Nullable String after) {

		static TextChange of(@Nullable String before, @Nullable String after) {
			return new TextChange(blankToNull(before), blankToNull(after));
		}

		public boolean changed() {
			return !Objects.equals(this.before, this.after);
		}

	}

	/**
	 * A list of values (topics, self-checks, resources): this revision's entries in its
	 * order, each added or unchanged, then the published entries it drops.
	 *
	 * @param reordered whether the entries both have are in another order
	 */
	record ListChange(List<Entry> entries, boolean reordered) {

		static ListChange of(List<String> before, List<String> after, Function<String, String> label) {
			List<Entry> entries = new ArrayList<>();
			after.forEach(value -> entries
				.add(new Entry(label.apply(value), before.contains(value) ? Kind.UNCHANGED : Kind.ADDED)));
			before.stream()
				.filter(value -> !after.contains(value))
				.forEach(value -> entries.add(new Entry(label.apply(value), Kind.REMOVED)));
			List<String> keptBefore = before.stream().filter(after::contains).toList();
			List<String> keptAfter = after.stream().filter(before::contains).toList();
			return new ListChange(entries, !keptBefore.equals(keptAfter));
		}

		public boolean hasChanges() {
			return this.reordered || this.entries.stream().anyMatch(entry -> entry.kind() != Kind.UNCHANGED);
		}

		public boolean isEmpty() {
			return this.entries.isEmpty();
		}

		record Entry(String text, Kind kind) {
		}

	}

	/**
	 * The questions and answers, matched by question: this revision's in its order (new,
	 * with a changed answer, or unchanged), then the published questions it drops.
	 *
	 * @param reordered whether the questions both have are in another order
	 */
	record FaqChanges(List<Entry> entries, boolean reordered) {

		static FaqChanges of(List<Faq> before, List<Faq> after) {
			List<Faq> unmatched = new ArrayList<>(before);
			List<String> keptAfter = new ArrayList<>();
			List<Entry> entries = new ArrayList<>();
			for (Faq entry : after) {
				Faq old = unmatched.stream()
					.filter(candidate -> Objects.equals(candidate.question(), entry.question()))
					.findFirst()
					.orElse(null);
				if (old == null) {
					entries.add(new Entry(entry.question(), entry.answer(), null, Kind.ADDED));
					continue;
				}
				unmatched.remove(old);
				keptAfter.add(entry.question());
				boolean same = Objects.equals(old.answer(), entry.answer());
				entries.add(new Entry(entry.question(), entry.answer(), same ? null : old.answer(),
						same ? Kind.UNCHANGED : Kind.CHANGED));
			}
			unmatched.forEach(old -> entries.add(new Entry(old.question(), null, old.answer(), Kind.REMOVED)));
			List<String> keptBefore = before.stream()
				.filter(old -> !unmatched.contains(old))
				.map(Faq::question)
				.toList();
			return new FaqChanges(entries, !keptBefore.equals(keptAfter));
		}

		public boolean hasChanges() {
			return this.reordered || this.entries.stream().anyMatch(entry -> entry.kind() != Kind.UNCHANGED);
		}

		public boolean isEmpty() {
			return this.entries.isEmpty();
		}

		/**
		 * One question: its answer in this revision ({@code answer}, null when removed)
		 * and, when that differs, in the published one ({@code previousAnswer}).
		 */
		record Entry(@Nullable String question, @Nullable String answer, @Nullable String previousAnswer, Kind kind) {
		}

	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
