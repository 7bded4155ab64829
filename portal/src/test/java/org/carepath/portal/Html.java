package org.carepath.portal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every CarePath page must pass, on the rendered HTML. */
public final class Html {

	private Html() {
	}

	public static int count(String html, String regex) {
		Matcher matcher = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(html);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/**
	 * The value of {@code name="_csrf"} inside the sign-out form, or {@code null} when
	 * there is no such form.
	 */
	public static String signOutCsrfValue(String html) {
		Matcher form = Pattern
			.compile("<form[^>]*method=\"post\"[^>]*action=\"/logout\"[^>]*>(.*?)</form>", Pattern.DOTALL)
			.matcher(html);
		if (!form.find()) {
			return null;
		}
		Matcher field = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"").matcher(form.group(1));
		return field.find() ? field.group(1) : null;
	}

	/**
	 * Landmarks, one h1, skip link, no inline style or script (the gateway's CSP would
	 * block them). The only {@code <script>} elements allowed: JSON-LD data blocks (never
	 * executed, so outside the CSP) and empty elements loading a same-origin file with
	 * {@code defer}.
	 */
	public static void assertAccessibleLayout(String html) {
		assertThat(html).startsWith("<!DOCTYPE html>");
		assertThat(html).contains("<html lang=\"en\">");
		assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
		assertThat(count(html, "<h1[\\s>]")).as("h1 elements").isEqualTo(1);
		assertThat(count(html, "<main[\\s>]")).as("main landmarks").isEqualTo(1);
		assertThat(html).containsPattern("<main[^>]*id=\"main\"");
		assertThat(html).contains("<a class=\"skip-link\" href=\"#main\">Skip to content</a>");
		assertThat(html.indexOf("skip-link")).as("skip link comes first").isLessThan(html.indexOf("<header"));
		assertThat(count(html, "<header[\\s>]")).isEqualTo(1);
		assertThat(count(html, "<footer[\\s>]")).isEqualTo(1);
		assertThat(html).containsPattern("<nav[^>]*aria-label=\"Main\"");
		assertThat(count(html, "<link rel=\"stylesheet\"")).isEqualTo(1);
		assertThat(html).contains("<link rel=\"stylesheet\" href=\"/css/portal.css\">");
		assertThat(html).doesNotContainPattern("(?i)\\sstyle\\s*=");
		assertThat(html).doesNotContainPattern("(?i)<style[\\s>]");
		assertOnlyDataAndSameOriginScripts(html);
		assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
		assertCrisisLine(html);
	}

	public static void assertOnlyDataAndSameOriginScripts(String html) {
		Matcher script = Pattern
			.compile("<script\\b([^>]*)>(.*?)</script\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
			.matcher(html);
		int allowed = 0;
		while (script.find()) {
			String attributes = script.group(1);
			boolean data = attributes.equals(" type=\"application/ld+json\"");
			boolean sameOriginFile = attributes.matches(" src=\"/[a-z0-9/._-]+\\.js\" defer")
					&& script.group(2).isEmpty();
			assertThat(data || sameOriginFile)
				.as("only JSON-LD or same-origin deferred scripts: <script%s>", attributes)
				.isTrue();
			allowed++;
		}
		assertThat(count(html, "<script[\\s>]")).as("every <script> is one of the allowed kinds").isEqualTo(allowed);
	}

	/** The JSON-LD blocks of a page, as their text. */
	public static java.util.List<String> jsonLdBlocks(String html) {
		Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		java.util.List<String> blocks = new java.util.ArrayList<>();
		while (block.find()) {
			blocks.add(block.group(1));
		}
		return blocks;
	}

	/**
	 * The page's text without tags and with whitespace collapsed, as a screen reader
	 * would run through it.
	 */
	public static String text(String html) {
		return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	public static void assertCrisisLine(String html) {
		assertThat(html).contains("href=\"tel:988\"", "href=\"sms:988\"", "href=\"tel:911\"");
		String text = html.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
		assertThat(text).contains("In crisis? Call or text 988 (Suicide &amp; Crisis Lifeline) · Emergency: 911");
		assertThat(text).contains("not monitored around the clock");
	}

}
