-- ShedLock's lock rows (net.javacrumbs.shedlock, JdbcTemplateLockProvider): a scheduled job that must run on one
-- instance at a time (the outbox re-send, service-support's OutboxResubmission) holds its row until lock_until,
-- compared with the database's own clock. DDL as ShedLock documents it for PostgreSQL.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    primary key (name)
);
