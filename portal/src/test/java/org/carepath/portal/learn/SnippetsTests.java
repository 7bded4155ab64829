package org.carepath.portal.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTests {

	@Test
	void keepsTheMarksOfTheMatches() {
		assertThat(Snippets.markOnly("… tolerance to <mark>ketamine</mark> builds …"))
			.isEqualTo("… tolerance to <mark>ketamine</mark> builds …");
	}

	@Test
	void keepsTheServicesEscapingAsText() {
		assertThat(
				Snippets.markOnly("R&amp;D &lt;b&gt;bold&lt;/b&gt; &#39;quoted&#39; &lt;mark&gt;literal&lt;/mark&gt;"))
			.isEqualTo("R&amp;D &lt;b&gt;bold&lt;/b&gt; &#39;quoted&#39; &lt;mark&gt;literal&lt;/mark&gt;");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
					"<img src=x onerror=alert(1)>|&lt;img src=x onerror=alert(1)&gt;",
					"<mark onclick=x>a</mark>|&lt;mark onclick=x&gt;a", "<MARK>a</MARK>|&lt;MARK&gt;a&lt;/MARK&gt;",
					"</mark>a<mark>b|a<mark>b</mark>", "<mark>a<mark>b</mark>|<mark>ab</mark>",
					"&lt;script&gt;|&lt;script&gt;", "\"><svg onload=x>|&quot;&gt;&lt;svg onload=x&gt;" })
	void neutralisesEverythingElse(String hostile, String safe) {
		assertThat(Snippets.markOnly(hostile)).isEqualTo(safe);
	}

	@Test
	void nothingToShowIsNull() {
		assertThat(Snippets.markOnly(null)).isNull();
		assertThat(Snippets.markOnly("  ")).isNull();
	}

}
