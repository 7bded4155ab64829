package org.carepath.support.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CloudEventHeadersTest {

	@Test
	void theAttributesBecomeBinaryModeKafkaHeaders() {
		Map<String, Object> headers = CloudEventHeaders.of("5b0c3f8e-1d2a-4c7e-9f00-000000000001",
				URI.create("urn:carepath:intake-service"), "org.carepath.intake.screening-completed.v1",
				Instant.parse("2026-03-01T10:15:30Z"), URI.create("urn:carepath:schema:example:v1"));

		assertThat(headers).containsOnlyKeys("ce_id", "ce_source", "ce_specversion", "ce_type", "ce_time",
				"ce_dataschema", "content-type");
		assertThat(text(headers, "ce_id")).isEqualTo("5b0c3f8e-1d2a-4c7e-9f00-000000000001");
		assertThat(text(headers, "ce_source")).isEqualTo("urn:carepath:intake-service");
		assertThat(text(headers, "ce_specversion")).isEqualTo("1.0");
		assertThat(text(headers, "ce_type")).isEqualTo("org.carepath.intake.screening-completed.v1");
		assertThat(text(headers, "ce_time")).isEqualTo("2026-03-01T10:15:30Z");
		assertThat(text(headers, "ce_dataschema")).isEqualTo("urn:carepath:schema:example:v1");
		assertThat(text(headers, "content-type")).isEqualTo("application/json");
	}

	@Test
	void theSchemaIsOptional() {
		Map<String, Object> headers = CloudEventHeaders.of("1", URI.create("urn:carepath:test"), "org.carepath.test.v1",
				Instant.EPOCH, null);

		assertThat(headers).doesNotContainKey("ce_dataschema").containsKey("ce_id");
	}

	@Test
	void anEventWithoutAnIdIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CloudEventHeaders.of("", URI.create("urn:carepath:test"),
				"org.carepath.test.v1", Instant.EPOCH, null));
	}

	private static String text(Map<String, Object> headers, String name) {
		return new String((byte[]) headers.get(name), StandardCharsets.UTF_8);
	}

}
