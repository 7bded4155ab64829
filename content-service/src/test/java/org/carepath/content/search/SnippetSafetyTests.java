package org.carepath.content.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetSafetyTests {

	@Test
	void aSnippetKeepsItsMarksAndEscapedText() {
		String snippet = "<mark>Ketamine</mark> &amp; &lt;b&gt; … <mark>addiction</mark>";

		assertThat(ArticleSearch.safe(snippet)).isEqualTo(snippet);
	}

	@Test
	void markupThatSlippedIntoASnippetIsEscaped() {
		assertThat(ArticleSearch.safe("<mark>a</mark> <img src=x onerror=\"alert(1)\">"))
			.isEqualTo("<mark>a</mark> &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
	}

}
