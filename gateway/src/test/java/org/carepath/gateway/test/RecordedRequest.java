package org.carepath.gateway.test;

import java.util.List;
import java.util.Map;

/** A request as a stub server received it. Header names are lower case. */
public record RecordedRequest(String method, String uri, Map<String, List<String>> headers, String body) {

	public String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase());
		return (values == null || values.isEmpty()) ? null : String.join(", ", values);
	}

	public String path() {
		int query = this.uri.indexOf('?');
		return (query < 0) ? this.uri : this.uri.substring(0, query);
	}

}
