package org.carepath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carepath.devstack.Instance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RssTest {

	@Test
	void countsAProcessByItsProportionalShareWhichIsNeverMoreThanItsResidentSet() throws Exception {
		long pid = ProcessHandle.current().pid();

		Map<String, Double> mb = Rss.of(List.of(new Instance("gateway", 1, "http://127.0.0.1:1", pid)));

		double vmRss = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))
			.stream()
			.filter(line -> line.startsWith("VmRSS:"))
			.mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
			.sum() / 1024.0;
		assertThat(mb.get("gateway")).isPositive().isLessThanOrEqualTo(vmRss + 1);
		assertThat(mb.get("total")).isEqualTo(mb.get("gateway"));
		assertThat(mb.get("kafka")).isZero();
	}

}
