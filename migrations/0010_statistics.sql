-- Crime statistics: the annual questionnaire (aggregate data) of each country and reference year.
-- st_country_years holds the workflow state of one country's questionnaire for one year;
-- st_values its working copy (what the focal point edits); st_revisions and st_revision_values
-- every published revision, never changed once written. Public pages and analysis read only the
-- values of each country-year's published_revision.
-- `country` is the ISO 3166 alpha-3 code, or, for rows of imported files whose country cannot be
-- mapped (historical entities, "Abroad"), the code or name as given, with iso_mapped = false.

create table st_country_years (
  id bigint generated always as identity primary key,
  country text not null,
  year integer not null check (year between 1900 and 2200),
  iso_mapped boolean not null default true,
  country_name text not null,
  region_label text not null default '',
  subregion_label text not null default '',
  status text not null check (status in ('draft', 'submitted', 'returned', 'accepted', 'published')),
  published_revision integer,
  review_comment text,
  sample boolean not null default false,
  updated_by_label text not null,
  updated_at timestamptz not null default now(),
  unique (country, year)
);
create index st_country_years_status on st_country_years (status, updated_at desc);

create table st_values (
  country_year_id bigint not null references st_country_years (id) on delete cascade,
  indicator text not null,
  dimension text not null,
  category text not null,
  sex text not null,
  age text not null,
  state text not null check (state in ('number', 'not_available', 'not_applicable', 'suppressed')),
  value bigint check (value is null or value >= 0),
  value_text text,
  category_label text,
  category_mapped boolean not null default true,
  unit text not null default 'Counts',
  source text not null default '',
  notes text not null default '',
  primary key (country_year_id, indicator, dimension, category, sex, age),
  check ((state = 'number') = (value is not null))
);

create table st_revisions (
  country_year_id bigint not null references st_country_years (id) on delete cascade,
  revision integer not null,
  origin text not null check (origin in ('questionnaire', 'import')),
  published_by_label text not null,
  published_at timestamptz not null default now(),
  note text,
  primary key (country_year_id, revision)
);

create table st_revision_values (
  country_year_id bigint not null,
  revision integer not null,
  indicator text not null,
  dimension text not null,
  category text not null,
  sex text not null,
  age text not null,
  state text not null,
  value bigint,
  value_text text,
  category_label text,
  category_mapped boolean not null default true,
  unit text not null default 'Counts',
  source text not null default '',
  notes text not null default '',
  primary key (country_year_id, revision, indicator, dimension, category, sex, age),
  foreign key (country_year_id, revision) references st_revisions (country_year_id, revision) on delete cascade
);
create index st_revision_values_indicator on st_revision_values (indicator, dimension, country_year_id, revision);
