package org.carepath.content.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML, in two independent layers: commonmark escapes any raw HTML and
 * drops unsafe link schemes, then an allow-list sanitizer keeps only the elements
 * Markdown produces. Either layer alone would stop a {@code <script>}; both together mean
 * a bug in one does not reach a reader.
 * <p>
 * Public, with a no-argument constructor, because the seed migration renders the clinic's
 * article with it.
 */
@Component
public class MarkdownRenderer {

	/** The article title is the page's h1, so body headings live between h2 and h4. */
	private static final int TOP_LEVEL = 2;

	private static final int BOTTOM_LEVEL = 4;

	private static final int WORDS_PER_MINUTE = 200;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

	private static final String LINK_REL = "nofollow noopener";

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre", "hr",
				"br", "table", "thead", "tbody", "tr", "th", "td")
		// The characters commonmark's id generator keeps: the ids of the HTML and the
		// table of contents must agree.
		.allowAttributes("id")
		.matching(Pattern.compile("[\\w-]+", Pattern.UNICODE_CHARACTER_CLASS))
		.onElements("h2", "h3", "h4")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		// Set by the renderer below. The sanitizer's own requireRelsOnLinks orders the
		// words differently from run
		// to run, and stored HTML must be the same for the same Markdown.
		.allowAttributes("rel")
		.matching(Pattern.compile(LINK_REL))
		.onElements("a")
		.allowAttributes("start")
		.matching(Pattern.compile("\\d{1,6}"))
		.onElements("ol")
		.allowAttributes("align")
		.matching(Pattern.compile("left|center|right"))
		.onElements("th", "td")
		.allowAttributes("class")
		.matching(Pattern.compile("language-[\\w+#.-]{1,40}"))
		.onElements("code")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	public RenderedBody render(String markdown) {
		Node document = this.parser.parse(markdown);
		Map<Heading, String> ids = headingIds(document);
		HtmlRenderer htmlRenderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.urlSanitizer(new DefaultUrlSanitizer(Set.of("http", "https", "mailto")))
			.attributeProviderFactory(context -> (node, tagName, attributes) -> {
				if (node instanceof Heading heading && ids.containsKey(heading)) {
					attributes.put("id", ids.get(heading));
				}
				else if (node instanceof Link) {
					// commonmark blanks an unsafe target; without any attribute the
					// sanitizer drops the element.
					if (attributes.getOrDefault("href", "").isBlank()) {
						attributes.remove("href");
					}
					else {
						attributes.put("rel", LINK_REL);
					}
				}
			})
			.build();
		String html = POLICY.sanitize(htmlRenderer.render(document));
		List<TocEntry> toc = new ArrayList<>();
		ids.forEach((heading, id) -> {
			if (heading.getLevel() <= TOP_LEVEL + 1) {
				toc.add(new TocEntry(id, text(heading), heading.getLevel()));
			}
		});
		String plainText = PlainText.of(document);
		return new RenderedBody(html, List.copyOf(toc), plainText, readingMinutes(plainText));
	}

	/**
	 * Clamps heading levels and gives each heading a unique id, in document order. The
	 * HTML and the table of contents both take their ids from here, so they cannot
	 * disagree.
	 */
	private static Map<Heading, String> headingIds(Node document) {
		IdGenerator generator = IdGenerator.builder().defaultId("section").build();
		// Nodes do not override equals: this is an identity map that keeps document
		// order.
		Map<Heading, String> ids = new LinkedHashMap<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.clamp(heading.getLevel(), TOP_LEVEL, BOTTOM_LEVEL));
				ids.put(heading, generator.generateId(text(heading)));
			}
		});
		return ids;
	}

	private static String text(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text t) {
				text.append(t.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString().strip();
	}

	private static int readingMinutes(String plainText) {
		long words = Pattern.compile("\\s+")
			.splitAsStream(plainText)
			.filter(token -> WORD.matcher(token).find())
			.count();
		return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
	}

}
