package org.carepath.portal.screening;

import java.util.List;

import org.carepath.portal.screening.IntakeStaffApi.QueueItem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A page of the staff queue as intake pages it: the rows, which page, and from its
 * headers the total ({@code X-Total-Count}) and whether there is a next page
 * ({@code Link} with {@code rel="next"}). The page links keep the filters.
 */
record QueuePage(List<QueueItem> items, int page, long total, boolean hasNext) {

	/** Rows per page. */
	static final int SIZE = 50;

	static QueuePage of(List<QueueItem> items, int page, HttpHeaders headers) {
		long total = items.size() + (long) (page - 1) * SIZE;
		String count = headers.getFirst("X-Total-Count");
		if (count != null) {
			try {
				total = Long.parseLong(count.strip());
			}
			catch (NumberFormatException ex) {
				// not a number: what was received has to do
			}
		}
		boolean next = headers.getOrEmpty(HttpHeaders.LINK).stream().anyMatch(link -> link.contains("rel=\"next\""));
		return new QueuePage(items, page, total, next);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public long pages() {
		return Math.max(1, (this.total + SIZE - 1) / SIZE);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/** The queue page's address with the same filters. */
	public String link(QueueFilter filter, int page) {
		StringBuilder query = new StringBuilder();
		append(query, "status", filter.status());
		append(query, "instrument", filter.instrument());
		append(query, "band", filter.band());
		append(query, "page", String.valueOf(page));
		return "/staff/queue?" + query;
	}

	private static void append(StringBuilder query, String name, @Nullable String value) {
		if (value != null) {
			query.append((query.length() == 0) ? "" : "&")
				.append(name)
				.append('=')
				.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

}
