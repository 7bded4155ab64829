package org.carepath.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceListTest {

	@TempDir
	Path dir;

	@Test
	void listsEveryInstanceWithPartNumberUrlAndPid() throws Exception {
		Path file = this.dir.resolve("instances.json");

		InstanceList.write(file, List.of(new Instance("intake-service", 2, "http://127.0.0.1:8212", 4242),
				new Instance("kafka", 1, "127.0.0.1:9092", 17), new Instance("odd \"part\"\\", 1, "127.0.0.1:1", 0)));

		JsonNode list = new ObjectMapper().readTree(Files.readString(file));
		assertThat(list.isArray()).isTrue();
		assertThat(list).hasSize(3);
		assertThat(list.get(0).path("part").asText()).isEqualTo("intake-service");
		assertThat(list.get(0).path("instance").asInt()).isEqualTo(2);
		assertThat(list.get(0).path("url").asText()).isEqualTo("http://127.0.0.1:8212");
		assertThat(list.get(0).path("pid").asLong()).isEqualTo(4242);
		assertThat(list.get(1).path("url").asText()).isEqualTo("127.0.0.1:9092");
		assertThat(list.get(2).path("part").asText()).isEqualTo("odd \"part\"\\");
		assertThat(this.dir.resolve("instances.json.partial")).doesNotExist();
	}

	@Test
	void anEmptyStackIsAnEmptyArray() {
		assertThat(InstanceList.json(List.of()).strip()).isEqualTo("[\n]");
	}

}
