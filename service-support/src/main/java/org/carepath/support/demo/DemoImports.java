package org.carepath.support.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every service's demo-data import shares (docs/dev-stack.md#demo-data): a dataset
 * is imported once. Each service keeps a {@code demo_import} table (dataset primary key,
 * imported_at, records) and claims the dataset in its import's transaction.
 */
public final class DemoImports {

	private DemoImports() {
	}

	/**
	 * Claims the dataset in the caller's transaction.
	 * @throws DemoDataAlreadyImported when it was imported before (a 409)
	 */
	public static void claim(JdbcClient jdbc, String dataset, int records, Instant now) {
		int claimed = jdbc
			.sql("insert into demo_import (dataset, imported_at, records) values (?, ?, ?) on conflict do nothing")
			.params(dataset, Timestamp.from(now), records)
			.update();
		if (claimed == 0) {
			Timestamp at = jdbc.sql("select imported_at from demo_import where dataset = ?")
				.param(dataset)
				.query(Timestamp.class)
				.single();
			throw new DemoDataAlreadyImported(dataset, at.toInstant());
		}
	}

}
