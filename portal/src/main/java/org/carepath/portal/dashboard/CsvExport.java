package org.carepath.portal.dashboard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as CSV (RFC 4180: comma-separated, CRLF, quoted where needed): the column
 * headings, then every row of the table, each cell as {@link SmallCells} exports it. A
 * text cell that a spreadsheet would run as a formula is written with a leading
 * apostrophe.
 */
final class CsvExport {

	private CsvExport() {
	}

	static String of(Table table) {
		StringBuilder csv = new StringBuilder();
		line(csv, table.columns());
		for (List<Cell> row : table.rows()) {
			line(csv, row.stream().map(CsvExport::exported).toList());
		}
		return csv.toString();
	}

	private static String exported(Cell cell) {
		String text = SmallCells.exported(cell);
		return (cell instanceof Cell.Label && startsFormula(text)) ? "'" + text : text;
	}

	private static boolean startsFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	private static void line(StringBuilder csv, List<String> fields) {
		csv.append(fields.stream().map(CsvExport::field).collect(Collectors.joining(","))).append("\r\n");
	}

	private static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
