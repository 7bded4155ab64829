package org.carepath.content.rendering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void aScriptTagIsShownAsTextAndNeverRuns() {
		String html = html("Before\n\n<script>alert(1)</script>\n\nInline <script>alert(2)</script> too.");

		assertThat(html).doesNotContainIgnoringCase("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void anEventHandlerNeverReachesAnElement() {
		String html = html("<img src=x onerror=alert(1)>\n\nText <b onmouseover=\"alert(2)\">bold</b>");

		assertThat(html).doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<b ");
		assertThat(html).doesNotContainPattern("<[^>]*\\son\\w+\\s*=");
	}

	@Test
	void aJavascriptLinkLosesItsTarget() {
		String html = html("[x](javascript:alert(1)) and [y](JaVaScRiPt:alert(2)) and <javascript:alert(3)> "
				+ "and [z](data:text/html;base64,PHNjcmlwdD4=)");

		assertThat(html).doesNotContainIgnoringCase("javascript:alert(1)")
			.doesNotContainIgnoringCase("href=\"javascript")
			.doesNotContainIgnoringCase("href=\"data:")
			.doesNotContain("href=\"\"")
			.contains("x and y and");
	}

	@Test
	void anIframeIsShownAsTextAndNeverEmbedded() {
		String html = html("<iframe src=\"https://evil.example\"></iframe>\n\nInline <iframe src=x></iframe>");

		assertThat(html).doesNotContainIgnoringCase("<iframe").contains("&lt;iframe");
	}

	@Test
	void safeLinksKeepTheirTargetAndTellSearchEnginesNotToFollow() {
		String html = html("[SAMHSA](https://www.samhsa.gov) or [write](mailto:help@example.org) or [top](#top)");

		assertThat(html).contains("<a rel=\"nofollow noopener\" href=\"https://www.samhsa.gov\">SAMHSA</a>")
			.contains("href=\"mailto:help&#64;example.org\"")
			.contains("href=\"#top\"");
	}

	@Test
	void headingsGetIdsAndTheTableOfContentsListsTheSecondAndThirdLevels() {
		RenderedBody rendered = this.renderer.render(
				"# Title-level\n\n## How it works\n\n### In the brain\n\n#### Detail\n\n###### Deepest\n\n## How it works");

		// The page title is the h1, so headings are kept between h2 and h4.
		assertThat(rendered.html()).contains("<h2 id=\"title-level\">Title-level</h2>")
			.contains("<h2 id=\"how-it-works\">How it works</h2>")
			.contains("<h3 id=\"in-the-brain\">In the brain</h3>")
			.contains("<h4 id=\"detail\">Detail</h4>")
			.contains("<h4 id=\"deepest\">Deepest</h4>")
			.contains("<h2 id=\"how-it-works-1\">How it works</h2>");
		assertThat(rendered.toc()).containsExactly(new TocEntry("title-level", "Title-level", 2),
				new TocEntry("how-it-works", "How it works", 2), new TocEntry("in-the-brain", "In the brain", 3),
				new TocEntry("how-it-works-1", "How it works", 2));
	}

	@Test
	void headingIdsInAnyLanguageMatchTheTableOfContents() {
		RenderedBody rendered = this.renderer.render("## ¿Qué es la ketamina?\n\n## Ketamine_and naïve\u0301 use");

		assertThat(rendered.toc()).extracting(TocEntry::id)
			.containsExactly("qué-es-la-ketamina", "ketamine_and-naïve\u0301-use");
		rendered.toc().forEach(entry -> assertThat(rendered.html()).contains("id=\"" + entry.id() + "\""));
	}

	@Test
	void whatMarkdownProducesSurvivesTheSanitizer() {
		String html = html("""
				Some *emphasis* and **strong** and `code`.

				- one
				- two

				3. three
				4. four

				> quoted

				```
				block
				```

				| a | b |
				|---|--:|
				| 1 | 2 |

				---
				""");

		assertThat(html).contains("<em>emphasis</em>", "<strong>strong</strong>", "<code>code</code>",
				"<ul><li>one</li><li>two</li></ul>", "<ol start=\"3\">", "<blockquote>", "<pre><code>block", "<table>",
				"<th>a</th>", "<td align=\"right\">2</td>", "<hr />");
	}

	@Test
	void readingTimeIsTheWordsOverTwoHundredRoundedUp() {
		assertThat(this.renderer.render("word ".repeat(200)).readingMinutes()).isEqualTo(1);
		assertThat(this.renderer.render("word ".repeat(201)).readingMinutes()).isEqualTo(2);
		assertThat(this.renderer.render("---").readingMinutes()).isEqualTo(1);
	}

	@Test
	void thePlainTextForSearchHasNeitherMarkdownNorLinkTargets() {
		RenderedBody rendered = this.renderer.render("## Help\n\nSee [SAMHSA](https://www.samhsa.gov) **now**.");

		assertThat(rendered.plainText()).isEqualTo("Help\nSee SAMHSA now.");
	}

	private String html(String markdown) {
		return this.renderer.render(markdown).html();
	}

}
