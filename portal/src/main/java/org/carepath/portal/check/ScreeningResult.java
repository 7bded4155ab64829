package org.carepath.portal.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.carepath.portal.check.IntakeApi.SubmissionResult;
import org.jspecify.annotations.Nullable;

/**
 * What the intake service answered to a submitted self-check, as the result page shows
 * it. {@code id} is the screening's unguessable id, returned only to whoever submitted
 * it: the "please contact me" form carries it. Intake's {@code notes} are for the
 * clinician (they say "item 9", "same-day clinician review") and are left out: the person
 * reads the interpretation and the next step. {@code review} is intake's sentence on when
 * someone will look, by the clinic's opening hours.
 */
record ScreeningResult(@Nullable String id, String reference, String instrument, @Nullable Integer score,
		@Nullable Integer maxScore, @Nullable String band, boolean positive, boolean crisis,
		@Nullable String crisisStatement, @Nullable String nextStep, @Nullable String review, boolean clinicOpen,
		@Nullable String interpretation, List<Resource> resources, List<ArticleLink> relatedArticles) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/**
	 * The service's answer, checked before it reaches the page: an id that is not one is
	 * dropped (no contact form), links only to articles and safe addresses.
	 */
	static ScreeningResult of(SubmissionResult result) {
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
				result.score(), result.maxScore(), result.band(), result.positive(), result.crisis(),
				(result.crisisPanel() != null) ? result.crisisPanel().statement() : null,
				(result.nextStep() != null) ? result.nextStep().text() : null,
				(result.review() != null) ? result.review().text() : null,
				result.review() == null || result.review().clinicOpen(), result.interpretation(), resources, articles);
	}

	/**
	 * The score on its scale, "6 of 10", or the bare score when intake gives no scale.
	 */
	public @Nullable String scoreText() {
		if (this.score == null) {
			return null;
		}
		return (this.maxScore != null) ? this.score + " of " + this.maxScore : String.valueOf(this.score);
	}

	/**
	 * Whether intake's interpretation already says that a screening is not a diagnosis:
	 * the page then does not say it a second time.
	 */
	public boolean interpretationSaysNotADiagnosis() {
		return this.interpretation != null && this.interpretation.toLowerCase(Locale.ROOT).contains("not a diagnosis");
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
