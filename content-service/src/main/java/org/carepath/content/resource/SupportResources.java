package org.carepath.content.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of support resources. Seeded by migrations; articles refer to entries by
 * id.
 */
@Component
@Transactional(readOnly = true)
public class SupportResources {

	private static final String SELECT = """
			select id, kind, name, phone, text, url, hours, description from support_resource""";

	private final JdbcClient jdbc;

	SupportResources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SupportResource> all() {
		return this.jdbc.sql(SELECT + " order by position").query(SupportResource.class).list();
	}

	List<SupportResource> ofKind(String kind) {
		return this.jdbc.sql(SELECT + " where kind = :kind order by position")
			.param("kind", kind)
			.query(SupportResource.class)
			.list();
	}

	/**
	 * The resources with these ids, in the order asked for; ids that do not exist are
	 * left out.
	 */
	public List<SupportResource> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, SupportResource> found = this.jdbc.sql(SELECT + " where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(SupportResource.class)
			.stream()
			.collect(Collectors.toMap(SupportResource::id, Function.identity()));
		return ids.stream().filter(found::containsKey).map(found::get).toList();
	}

	/** The ids among these that name no resource, in the order given, each once. */
	List<String> unknown(Collection<String> ids) {
		Set<String> known = new LinkedHashSet<>();
		byIds(ids).forEach(resource -> known.add(resource.id()));
		List<String> unknown = new ArrayList<>(new LinkedHashSet<>(ids));
		unknown.removeAll(known);
		return unknown;
	}

}
