package org.carepath.referral.referral;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON Schemas, as a partner would use them: every event a test sees must
 * validate.
 */
final class EventSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	static final Schema REQUESTED = load("referral-requested.v1.json");

	static final Schema CANCELLED = load("referral-cancelled.v1.json");

	static final Schema STATUS_CHANGED = load("referral-status-changed.v1.json");

	private EventSchemas() {
	}

	/**
	 * Serializes the event as the outbox will (the application's mapper) and checks it
	 * against the schema.
	 */
	static void assertValid(Schema schema, Object event, JsonMapper json) {
		List<Error> errors = schema.validate(json.readTree(json.writeValueAsString(event)));
		assertThat(errors).as("schema errors of %s", event.getClass().getSimpleName()).isEmpty();
	}

	private static Schema load(String name) {
		try (InputStream in = EventSchemas.class.getResourceAsStream("/static/contract/schemas/" + name)) {
			return REGISTRY.getSchema(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
