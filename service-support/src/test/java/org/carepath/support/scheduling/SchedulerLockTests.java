package org.carepath.support.scheduling;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.carepath.support.events.OutboxResubmission;
import org.carepath.support.events.OutboxResubmissionAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of a service, each with its own application context and lock provider,
 * sharing one real PostgreSQL: the outbox re-send runs on one of them at a time.
 */
class SchedulerLockTests {

	private static EmbeddedPostgres postgres;

	private final AtomicInteger runs = new AtomicInteger();

	private final CountDownLatch firstRunEntered = new CountDownLatch(1);

	private final CountDownLatch releaseFirstRun = new CountDownLatch(1);

	@BeforeAll
	static void startPostgres() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		JdbcClient.create(postgres.getPostgresDatabase()).sql("""
				create table shedlock (name varchar(64) not null, lock_until timestamp not null,
				  locked_at timestamp not null, locked_by varchar(255) not null, primary key (name))""").update();
	}

	@AfterAll
	static void stopPostgres() throws Exception {
		postgres.close();
	}

	@Test
	void whileOneInstanceRunsTheOutboxReSendTheOtherInstanceSkipsIt() {
		FailedEventPublications blocking = options -> {
			this.runs.incrementAndGet();
			this.firstRunEntered.countDown();
			await(this.releaseFirstRun);
		};
		instance(blocking).run(first -> instance(options -> this.runs.incrementAndGet()).run(second -> {
			CompletableFuture<Void> running = CompletableFuture
				.runAsync(() -> first.getBean(OutboxResubmission.class).resubmitFailedPublications());
			await(this.firstRunEntered);

			second.getBean(OutboxResubmission.class).resubmitFailedPublications();

			this.releaseFirstRun.countDown();
			running.get(30, TimeUnit.SECONDS);
			assertThat(this.runs).hasValue(1);
			assertThat(JdbcClient.create(postgres.getPostgresDatabase())
				.sql("select count(*) from shedlock where name = 'outbox-resubmission'")
				.query(Integer.class)
				.single()).isOne();
		}));
	}

	/** One instance: its own context, lock provider and job, the shared database. */
	private static ApplicationContextRunner instance(FailedEventPublications failed) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SchedulerLockAutoConfiguration.class,
					OutboxResubmissionAutoConfiguration.class))
			.withInitializer(context -> context.getBeanFactory()
				.setConversionService(ApplicationConversionService.getSharedInstance()))
			// Far in the future: the test calls the job itself.
			.withPropertyValues("carepath.outbox.resubmit-interval=1h")
			.withBean(DataSource.class, postgres::getPostgresDatabase)
			.withBean(FailedEventPublications.class, () -> failed);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
