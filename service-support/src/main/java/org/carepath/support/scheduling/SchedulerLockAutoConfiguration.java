package org.carepath.support.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run on one instance at a time (the outbox re-send) take a lock
 * row in the service's own database with ShedLock ({@code @SchedulerLock} on the job).
 * Each service with such a job creates ShedLock's {@code shedlock} table in a Flyway
 * migration. The database's clock decides when a lock expires, so instances whose clocks
 * differ still agree. A lock held by an instance that died is free again after the job's
 * {@code lockAtMostFor}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({ JdbcTemplateLockProvider.class, EnableSchedulerLock.class })
@ConditionalOnBean(DataSource.class)
@EnableSchedulerLock(defaultLockAtMostFor = "10s")
public class SchedulerLockAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
