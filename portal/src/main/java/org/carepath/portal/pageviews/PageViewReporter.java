package org.carepath.portal.pageviews;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the counted page views to the content service every
 * {@code carepath.portal.page-views.flush-interval} (10 s) and once more when the portal
 * shuts down. A batch keeps its key until the service took it: one that failed (service
 * down, token refused, answer lost) is sent again, first, with the same key, so it is
 * added once; meanwhile new counts wait in the {@link PageViewCounter}. A batch the
 * service refuses as invalid is dropped and logged. What the portal holds when it dies is
 * lost: normally the counts of one interval (docs/dashboard.md#education).
 */
@Component
class PageViewReporter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PageViewReporter.class);

	private final PageViewCounter counter;

	private final PageViewSink sink;

	private @Nullable Batch pending;

	PageViewReporter(PageViewCounter counter, PageViewSink sink) {
		this.counter = counter;
		this.sink = sink;
	}

	@Scheduled(fixedDelayString = "${carepath.portal.page-views.flush-interval:10s}",
			initialDelayString = "${carepath.portal.page-views.flush-interval:10s}")
	synchronized void flush() {
		// The batch that failed last time, then what was counted since.
		for (int round = 0; round < 2; round++) {
			if (this.pending == null) {
				List<DayCount> days = this.counter.drain();
				if (days.isEmpty()) {
					return;
				}
				this.pending = new Batch(UUID.randomUUID().toString(), days);
			}
			try {
				this.sink.send(this.pending.key(), this.pending.days());
				this.pending = null;
			}
			catch (PageViewSink.RefusedBatch ex) {
				log.error("{}; dropped {} counts", ex.getMessage(), this.pending.days().size());
				this.pending = null;
			}
			catch (RuntimeException ex) {
				log.warn("Page views not sent ({}); sent again with the next batch", ex.getClass().getSimpleName());
				return;
			}
		}
	}

	/** Whether counts wait for a batch the service has not taken yet. */
	synchronized boolean hasPending() {
		return this.pending != null;
	}

	/** At shutdown, after the web server stopped taking requests: the last counts. */
	@Override
	public void destroy() {
		flush();
	}

	private record Batch(String key, List<DayCount> days) {
	}

}
