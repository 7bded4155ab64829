package org.carepath.portal.check;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.carepath.portal.check.IntakeApi.SubmissionResult;
import org.jspecify.annotations.Nullable;

/**
 * What the intake service answered to a submitted self-check, as the result page shows
 * it. {@code id} is the screening's unguessable id, returned only to whoever submitted
 * it: the "please contact me" form carries it.
 */
record ScreeningResult(@Nullable String id, String reference, String instrument, @Nullable Integer score,
		@Nullable String band, boolean positive, boolean crisis, @Nullable String crisisStatement,
		@Nullable String nextStep, @Nullable String interpretation, List<String> notes, List<Resource> resources,
		List<ArticleLink> relatedArticles) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/**
	 * The service's answer, checked before it reaches the page: an id that is not one is
	 * dropped (no contact form), links only to articles and safe addresses.
	 */
	static ScreeningResult of(SubmissionResult result) {
		List<String> notes = present(result.notes()).stream().filter(note -> !note.isBlank()).toList();
		List<Resource> resources = present(result.resources()).stream()
			.filter(resource -> resource.name() != null)
			.map(resource -> new Resource(resource.name(), resource.number(), resource.description(),
					safeUrl(resource.href())))
			.toList();
		List<ArticleLink> articles = present(result.relatedArticles()).stream()
			.filter(article -> article.slug() != null && article.title() != null
					&& SLUG.matcher(article.slug()).matches())
			.map(article -> new ArticleLink("/learn/" + article.slug(), article.title()))
			.toList();
		String id = result.id();
		return new ScreeningResult((id != null && ContactForm.isScreeningId(id)) ? id : null,
				Objects.requireNonNullElse(result.reference(), ""), Objects.requireNonNullElse(result.instrument(), ""),
				result.score(), result.band(), result.positive(), result.crisis(),
				(result.crisisPanel() != null) ? result.crisisPanel().statement() : null,
				(result.nextStep() != null) ? result.nextStep().text() : null, result.interpretation(), notes,
				resources, articles);
	}

	private static <T> List<T> present(@Nullable List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * Only web and phone links: a resource's address is data from a service, not markup.
	 */
	private static @Nullable String safeUrl(@Nullable String url) {
		if (url == null) {
			return null;
		}
		return (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("tel:")
				|| url.startsWith("sms:") || url.startsWith("/")) ? url : null;
	}

	/**
	 * A helpline or service; {@code number} is shown and dialled as a {@code tel:} link
	 * when there is no URL.
	 */
	record Resource(String name, @Nullable String number, @Nullable String description, @Nullable String url) {

		public @Nullable String telHref() {
			if (this.number == null) {
				return null;
			}
			String digits = this.number.replaceAll("[^0-9+]", "");
			return digits.isEmpty() ? null : "tel:" + digits;
		}

	}

	record ArticleLink(String href, String title) {
	}

}
