package org.carepath.portal.dashboard;

import java.util.List;

/**
 * One figure of the dashboard: its chart(s) and the table of what they draw, downloadable
 * as {@code /staff/dashboard/<id>.csv}.
 */
record Figure(String id, String heading, List<BarChart> charts, Table table) {

	Figure {
		charts = List.copyOf(charts);
	}

	/** The CSV file's name, which is also its address under /staff/dashboard/. */
	public String csvName() {
		return this.id + ".csv";
	}

}
