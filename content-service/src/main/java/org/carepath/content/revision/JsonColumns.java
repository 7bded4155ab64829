package org.carepath.content.revision;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.carepath.content.article.FaqEntry;
import org.carepath.content.rendering.TocEntry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * jsonb columns of a revision. Hibernate 7.2 cannot map JSON with Jackson 3, so these
 * converters do it (the column definition casts the text to jsonb).
 */
final class JsonColumns {

	private JsonColumns() {
	}

	@Converter
	static class Toc implements AttributeConverter<List<TocEntry>, String> {

		private static final TypeReference<List<TocEntry>> TYPE = new TypeReference<>() {
		};

		@Override
		public String convertToDatabaseColumn(List<TocEntry> toc) {
			return JsonMapper.shared().writeValueAsString(toc);
		}

		@Override
		public List<TocEntry> convertToEntityAttribute(String json) {
			return JsonMapper.shared().readValue(json, TYPE);
		}

	}

	@Converter
	static class Faq implements AttributeConverter<List<FaqEntry>, String> {

		private static final TypeReference<List<FaqEntry>> TYPE = new TypeReference<>() {
		};

		@Override
		public String convertToDatabaseColumn(List<FaqEntry> faq) {
			return JsonMapper.shared().writeValueAsString(faq);
		}

		@Override
		public List<FaqEntry> convertToEntityAttribute(String json) {
			return JsonMapper.shared().readValue(json, TYPE);
		}

	}

}
