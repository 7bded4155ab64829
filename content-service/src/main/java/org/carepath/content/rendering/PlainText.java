package org.carepath.content.rendering;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words a reader sees, for search and snippets: no Markdown syntax and no link
 * targets (commonmark's own text renderer prints URLs, which would then match searches
 * and fill snippets). Raw HTML is kept as the text it is shown as, since the HTML
 * renderer escapes it.
 */
final class PlainText extends AbstractVisitor {

	private final StringBuilder text = new StringBuilder();

	private PlainText() {
	}

	static String of(Node document) {
		PlainText visitor = new PlainText();
		document.accept(visitor);
		return visitor.text.toString().replaceAll("[ \\t]*\\n[\\s]*", "\n").strip();
	}

	@Override
	public void visit(Text node) {
		this.text.append(node.getLiteral());
	}

	@Override
	public void visit(Code node) {
		this.text.append(node.getLiteral());
	}

	@Override
	public void visit(HtmlInline node) {
		this.text.append(node.getLiteral());
	}

	@Override
	public void visit(SoftLineBreak node) {
		this.text.append(' ');
	}

	@Override
	public void visit(HardLineBreak node) {
		this.text.append('\n');
	}

	@Override
	public void visit(HtmlBlock node) {
		block(node.getLiteral());
	}

	@Override
	public void visit(FencedCodeBlock node) {
		block(node.getLiteral());
	}

	@Override
	public void visit(IndentedCodeBlock node) {
		block(node.getLiteral());
	}

	@Override
	public void visit(Paragraph node) {
		blockChildren(node);
	}

	@Override
	public void visit(Heading node) {
		blockChildren(node);
	}

	@Override
	public void visit(ListItem node) {
		blockChildren(node);
	}

	@Override
	public void visit(BlockQuote node) {
		blockChildren(node);
	}

	@Override
	public void visit(CustomBlock node) {
		blockChildren(node);
	}

	@Override
	public void visit(CustomNode node) {
		// Table cells and rows: keep cells apart.
		visitChildren(node);
		this.text.append(' ');
	}

	private void block(String literal) {
		this.text.append(literal).append('\n');
	}

	private void blockChildren(Node node) {
		visitChildren(node);
		this.text.append('\n');
	}

}
