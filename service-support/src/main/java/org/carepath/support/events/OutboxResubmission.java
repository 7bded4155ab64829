package org.carepath.support.events;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled re-send of FAILED publications, on one instance at a time: a ShedLock
 * database lock ({@code SchedulerLockAutoConfiguration}), so two instances never pick the
 * same publications at once. {@code lockAtMostFor} frees the lock of an instance that
 * died holding it well within the 30 s recovery bound (docs/events.md);
 * {@code lockAtLeastFor} keeps the other instances from running the job again right
 * after.
 */
public class OutboxResubmission {

	static final String LOCK = "outbox-resubmission";

	private final FailedEventPublications failed;

	private final ResubmissionOptions options;

	OutboxResubmission(FailedEventPublications failed, ResubmissionOptions options) {
		this.failed = failed;
		this.options = options;
	}

	@Scheduled(fixedDelayString = "${carepath.outbox.resubmit-interval:3s}",
			initialDelayString = "${carepath.outbox.resubmit-interval:3s}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "10s", lockAtLeastFor = "1s")
	public void resubmitFailedPublications() {
		this.failed.resubmit(this.options);
	}

}
