-- A signed-in patient's own self-checks (issue 4): the token's opaque "sub", never a name. Anonymous self-checks and
-- staff-administered screenings stay unlinked.
alter table screening
    add column subject varchar(255),
    add constraint screening_subject_self check (subject is null or mode = 'self');

create index screening_subject_idx on screening (subject, completed_at) where subject is not null;
