-- Published articles as the public list shows them. Revisions and review arrive with the education feature.
create table article (
    id           uuid primary key,
    slug         varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title        varchar(200) not null,
    summary      varchar(600) not null,
    published_at timestamptz
);
