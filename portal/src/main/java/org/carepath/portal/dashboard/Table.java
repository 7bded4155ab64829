package org.carepath.portal.dashboard;

import java.util.List;

/**
 * The data beside a chart: what the chart draws, for screen readers, printing and the CSV
 * export, which writes exactly these rows ({@link CsvExport}). The first cell of a row
 * names it.
 */
record Table(String caption, List<String> columns, List<List<Cell>> rows) {

	Table {
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
		for (List<Cell> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(
						"A row has " + row.size() + " cells for " + columns.size() + " columns in " + caption);
			}
		}
	}

}
