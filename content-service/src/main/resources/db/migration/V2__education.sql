-- Education: an article is an identity (its slug) plus revisions. A revision's content is written once and never
-- changed; its state moves draft -> in-review -> published -> superseded (or back to draft with comments, or to
-- archived), and every move is kept as an event. The public sees only the one published revision.

-- Title and summary belong to each revision now.
alter table article
    drop column title,
    drop column summary,
    add column created_at  timestamptz not null default now(),
    add column archived_at timestamptz,
    add column archived_by varchar(100),
    add column version     integer not null default 0;
comment on column article.published_at is 'When the article first went public; null until a revision is approved.';
comment on column article.archived_at is 'Set when the article is withdrawn: hidden from the public, closed to edits.';

-- Where to turn for help. Crisis lines and referral lines are different things: the kind says which.
create table support_resource (
    id          varchar(60) primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind        varchar(30) not null check (kind in ('crisis-line', 'support-group', 'treatment-locator', 'helpline')),
    name        varchar(200) not null,
    phone       varchar(40),
    text        varchar(40),
    url         varchar(500) check (url ~ '^https://'),
    hours       varchar(200),
    description varchar(1000) not null,
    position    integer not null unique
);

insert into support_resource (id, kind, name, phone, text, url, hours, description, position) values
  ('988-lifeline', 'crisis-line', '988 Suicide & Crisis Lifeline', '988', '988', 'https://988lifeline.org',
   '24 hours a day, 7 days a week',
   'Free and confidential support for anyone in suicidal crisis or emotional distress, including a crisis with drugs or alcohol. Call or text 988, or chat online.',
   10),
  ('emergency-911', 'crisis-line', 'Emergency services (911)', '911', null, null,
   '24 hours a day, 7 days a week',
   'For immediate danger to life: an overdose, a medical emergency, or someone about to harm themselves or others.',
   20),
  ('samhsa-helpline', 'helpline', 'SAMHSA National Helpline', '1-800-662-4357', null,
   'https://www.samhsa.gov/find-help/helplines/national-helpline',
   '24 hours a day, 365 days a year, in English and Spanish',
   'Free, confidential treatment referral and information for people and families facing substance use or mental health problems. It is a referral line, not a crisis line: in a crisis call or text 988; in immediate danger call 911.',
   30),
  ('findtreatment-gov', 'treatment-locator', 'FindTreatment.gov', null, null, 'https://findtreatment.gov',
   'Online, any time',
   'SAMHSA''s confidential and anonymous locator of state-licensed treatment facilities for substance use and mental health in the United States.',
   40),
  ('narcotics-anonymous', 'support-group', 'Narcotics Anonymous (NA)', null, null, 'https://na.org',
   'Meetings at many times, in person and online',
   'Free peer support groups that follow a twelve-step program, open to anyone who wants to stop using drugs, ketamine included.',
   50),
  ('smart-recovery', 'support-group', 'SMART Recovery', null, null, 'https://smartrecovery.org',
   'Meetings at many times, in person and online',
   'Free mutual-support meetings built on science-based self-management tools, including cognitive-behavioral approaches; an alternative to twelve-step groups.',
   60);

create table article_revision (
    id                  uuid primary key,
    article_id          uuid not null references article (id),
    number              integer not null check (number > 0),
    state               varchar(20) not null
                        check (state in ('draft', 'in-review', 'published', 'superseded', 'archived')),
    title               varchar(200) not null,
    summary             varchar(600) not null,
    author_name         varchar(120) not null,
    author_credentials  varchar(200),
    topics              text[] not null default '{}',
    body                text not null check (char_length(body) between 1 and 200000),
    -- Rendered and sanitized when the revision is written: public reads never render.
    html                text not null,
    toc                 jsonb not null default '[]',
    faq                 jsonb not null default '[]',
    related_instruments text[] not null default '{}',
    -- The words of the body without Markdown, for search and snippets.
    body_text           text not null,
    reading_minutes     integer not null check (reading_minutes > 0),
    created_by          varchar(100) not null,
    created_by_name     varchar(200) not null,
    created_at          timestamptz not null,
    submitted_at        timestamptz,
    reviewed_by         varchar(100),
    reviewed_by_name    varchar(200),
    reviewed_at         timestamptz,
    review_comments     varchar(4000),
    published_at        timestamptz,
    search              tsvector generated always as (
                            setweight(to_tsvector('english', title), 'A')
                            || setweight(to_tsvector('english', summary), 'B')
                            || setweight(to_tsvector('english', body_text), 'C')
                            || setweight(jsonb_to_tsvector('english', faq, '["string"]'), 'C')) stored,
    unique (article_id, number),
    -- At most one revision per article in each live state. Deferred to commit, because one change (approving,
    -- saving a new draft) moves two revisions and the ORM does not promise the order of those statements.
    constraint one_published_revision exclude using btree (article_id with =)
        where (state = 'published') deferrable initially deferred,
    constraint one_revision_in_review exclude using btree (article_id with =)
        where (state = 'in-review') deferrable initially deferred,
    constraint one_draft_revision exclude using btree (article_id with =)
        where (state = 'draft') deferrable initially deferred
);

-- Only published revisions are searched by the public.
create index article_revision_search on article_revision using gin (search) where state = 'published';
create index article_revision_topics on article_revision using gin (topics) where state = 'published';

-- "Nothing is overwritten": the content of a revision cannot change once written, whatever the application does.
create function article_revision_content_is_immutable() returns trigger language plpgsql as $$
begin
    if (new.article_id, new.number, new.title, new.summary, new.author_name, new.author_credentials, new.topics,
        new.body, new.html, new.toc, new.faq, new.related_instruments, new.body_text, new.reading_minutes,
        new.created_by, new.created_by_name, new.created_at)
       is distinct from
       (old.article_id, old.number, old.title, old.summary, old.author_name, old.author_credentials, old.topics,
        old.body, old.html, old.toc, old.faq, old.related_instruments, old.body_text, old.reading_minutes,
        old.created_by, old.created_by_name, old.created_at) then
        raise exception 'the content of revision % is immutable: write a new revision', old.number
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end
$$;
create trigger article_revision_content_is_immutable before update on article_revision
    for each row execute function article_revision_content_is_immutable();

create table revision_resource (
    revision_id uuid not null references article_revision (id),
    position    integer not null,
    resource_id varchar(60) not null references support_resource (id),
    primary key (revision_id, position)
);

-- Every state change of a revision: who moved it from what to what, when, and the reviewer's comments.
create table revision_event (
    id          bigint generated by default as identity primary key,
    revision_id uuid not null references article_revision (id),
    from_state  varchar(20),
    to_state    varchar(20) not null,
    actor       varchar(100) not null,
    actor_name  varchar(200) not null,
    at          timestamptz not null,
    comments    varchar(4000)
);
create index revision_event_revision on revision_event (revision_id);

-- Escapes text for HTML element content, so search snippets can be built from it safely.
create function html_escape(text) returns text language sql immutable strict parallel safe as $$
    select replace(replace(replace($1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
$$;
