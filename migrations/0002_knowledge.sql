-- Knowledge portal: case law, legislation and bibliography, with an editorial workflow.
-- kn_records holds each record's workflow state; kn_versions every saved version (never
-- changed once written); kn_published the public projection of published versions only,
-- which is all that search, facets, feeds, exports and public pages read.

create table kn_records (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('case', 'legislation', 'publication')),
  external_id text,
  status text not null check (status in ('draft', 'submitted', 'returned', 'published')),
  latest_version integer not null,
  published_version integer,
  review_comment text,
  sample boolean not null default false,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  first_published_at timestamptz,
  published_at timestamptz
);
create unique index kn_records_external_id on kn_records (kind, external_id) where external_id is not null;
create index kn_records_status on kn_records (status, updated_at desc);

create table kn_versions (
  record_id bigint not null references kn_records (id) on delete cascade,
  version integer not null,
  data jsonb not null,
  saved_by bigint,
  saved_by_label text not null,
  saved_at timestamptz not null default now(),
  note text,
  primary key (record_id, version)
);

create table kn_published (
  record_id bigint primary key references kn_records (id) on delete cascade,
  kind text not null,
  version integer not null,
  title jsonb not null,
  original_language text not null,
  year integer,
  sort_date date,
  countries text[] not null default '{}',
  facets text[] not null default '{}', -- 'facet:value', e.g. 'country:BRA', 'act:recruitment', 'year:2019'
  snippets jsonb not null default '{}', -- per language, the text highlighted in result lists
  document tsvector not null,
  data jsonb not null,
  first_published_at timestamptz not null,
  published_at timestamptz not null
);
create index kn_published_document on kn_published using gin (document);
create index kn_published_facets on kn_published using gin (facets);
create index kn_published_year on kn_published (kind, year);
create index kn_published_sort_date on kn_published (sort_date desc, record_id desc);
create index kn_published_first_published on kn_published (first_published_at desc, record_id desc);

-- Links between published records, resolved from their data when they are published.
create table kn_links (
  from_record bigint not null references kn_records (id) on delete cascade,
  to_record bigint not null references kn_records (id) on delete cascade,
  relation text not null check (relation in ('applies_legislation', 'earlier_decision', 'later_decision')),
  primary key (from_record, relation, to_record)
);
create index kn_links_to on kn_links (to_record, relation);

create table kn_attachments (
  id bigint generated always as identity primary key,
  record_id bigint not null references kn_records (id) on delete cascade,
  filename text not null,
  content_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  content bytea not null,
  text_content text,
  language text,
  uploaded_by bigint,
  uploaded_at timestamptz not null default now()
);
create index kn_attachments_record on kn_attachments (record_id);
