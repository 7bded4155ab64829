package org.carepath.portal.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports never single out a handful of people; the screen is not their concern. */
class SmallCellsTests {

	@Test
	void countsFromOneToTenAreWrittenAsUnderElevenZeroAndElevenAsTheyAre() {
		assertThat(List.of(0L, 1L, 10L, 11L, 250L).stream().map(n -> SmallCells.exported(Cell.count(n))))
			.containsExactly("0", "<11", "<11", "11", "250");
	}

	@Test
	void aShareOrDurationWorkedOutFromOneToTenCasesIsSuppressedToo() {
		assertThat(SmallCells.exported(Cell.measure(22.5, 9))).isEqualTo("n<11");
		assertThat(SmallCells.exported(Cell.measure(0.0, 0))).isEqualTo("0.0");
		assertThat(SmallCells.exported(Cell.measure(75.0, 12))).isEqualTo("75.0");
		assertThat(SmallCells.exported(Cell.measure(null, 3))).as("nothing to hide").isEmpty();
	}

	@Test
	void theScreenTextIsNeverSuppressed() {
		assertThat(Cell.count(3).text()).isEqualTo("3");
		assertThat(Cell.measure(22.5, 9).text()).isEqualTo("22.5");
	}

	@Test
	void theCsvHasTheHeadingsThenEveryRowQuotedWhereNeededAndNoFormulas() {
		Table table = new Table("Articles", List.of("Article", "Page views"),
				List.of(List.of(Cell.text("Ketamine, a guide"), Cell.count(300)),
						List.of(Cell.text("=HYPERLINK(\"x\")"), Cell.count(4)),
						List.of(Cell.text("Plain"), Cell.count(0))));

		assertThat(CsvExport.of(table)).isEqualTo("Article,Page views\r\n" + "\"Ketamine, a guide\",300\r\n"
				+ "\"'=HYPERLINK(\"\"x\"\")\",<11\r\n" + "Plain,0\r\n");
	}

}
