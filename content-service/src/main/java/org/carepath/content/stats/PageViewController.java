package org.carepath.content.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.carepath.support.idempotency.IdempotencyKeys;
import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the portal sends the page views it counted (role {@code page-view-reporter}: the
 * portal's own client, SecurityConfiguration). A batch carries an
 * {@code Idempotency-Key}; sent again with it, it adds nothing. Days later than tomorrow
 * (clinic time) are refused.
 */
@RestController
class PageViewController {

	private final PageViewCounts counts;

	PageViewController(PageViewCounts counts) {
		this.counts = counts;
	}

	@PostMapping("/api/content/stats/page-views")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void add(@Valid @RequestBody PageViewDays batch,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key) {
		notInTheFuture(batch, this.counts);
		this.counts.add(batch.days(), IdempotencyKeys.checked(key));
	}

	static void notInTheFuture(PageViewDays batch, PageViewCounts counts) {
		LocalDate latest = counts.today().plusDays(1);
		List<Map<String, String>> errors = new ArrayList<>();
		for (int i = 0; i < batch.days().size(); i++) {
			if (batch.days().get(i).day().isAfter(latest)) {
				errors.add(Problems.fieldError("days[" + i + "].day", "must not be later than tomorrow"));
			}
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
					"Page views are counted for days that have begun.", errors);
		}
	}

}
