package org.carepath.content.stats;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.carepath.support.problem.Problems;
import org.carepath.support.demo.DemoData;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The development stack's demo-data import (docs/dashboard.md#demo-data): adds page views
 * on past days, which no portal could report. Exists only with
 * {@code carepath.demo-data.enabled=true}, which the prod profile refuses; outside
 * {@code /api/**}, so the gateway never routes it; no token (service-support's
 * ApiSecurity). An article that was never published is refused, naming its slug.
 */
@RestController
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class DemoPageViewController {

	private final PageViewCounts counts;

	DemoPageViewController(PageViewCounts counts) {
		this.counts = counts;
	}

	@PostMapping("/demo-data/page-views")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void add(@Valid @RequestBody PageViewDays batch) {
		PageViewController.notInTheFuture(batch, this.counts);
		Set<String> unknown = this.counts.unknown(batch.days());
		if (!unknown.isEmpty()) {
			throw Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Unknown articles",
					"No published article has these slugs: " + String.join(", ", unknown) + ".",
					List.of(Problems.fieldError("days", "name articles that were published")));
		}
		this.counts.add(batch.days(), null);
	}

}
