package org.carepath.referral.system;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text in JSON is text: a string holding a control character other than tab, line feed or
 * carriage return — a NUL above all, which PostgreSQL refuses to store (it ended in a
 * 500) and which Jackson quietly trims off ids and dates — makes the body unreadable, a
 * 400 like any malformed JSON, before any code sees it. The rule service-support's
 * {@code MalformedRequestFilter} applies to parameters, here for every JSON value this
 * service reads (request bodies, events): every deserializer is wrapped, so texts, ids,
 * dates and codes alike. The message never repeats the value.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextConfiguration {

	@Bean
	JacksonModule printableText() {
		return new SimpleModule("printable-text").setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return new PrintableText(deserializer);
			}

			@Override
			public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return new PrintableText(deserializer);
			}

		});
	}

	static boolean printable(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return false;
			}
		}
		return true;
	}

	/** Any deserializer, refusing a JSON string that is not printable text. */
	static final class PrintableText extends DelegatingDeserializer {

		PrintableText(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new PrintableText(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			refuseControlCharacters(parser, context);
			return super.deserialize(parser, context);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context, Object value) {
			refuseControlCharacters(parser, context);
			return super.deserialize(parser, context, value);
		}

		@Override
		public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types) {
			refuseControlCharacters(parser, context);
			return super.deserializeWithType(parser, context, types);
		}

		private void refuseControlCharacters(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING) && !printable(parser.getString())) {
				context.reportInputMismatch(this, "A text holds a control character");
			}
		}

	}

}
