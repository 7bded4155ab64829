-- Dev-only demo-data imports (./carepath up --demo-data, docs/dev-stack.md): one row per imported dataset, so a
-- second import of the same dataset is refused instead of duplicating it.
create table demo_import (
    dataset     varchar(100) primary key,
    imported_at timestamptz  not null,
    records     integer      not null
);
