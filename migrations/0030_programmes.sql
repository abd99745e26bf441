-- Programme monitoring: programmes and initiatives, projects, activities with their participants,
-- outcomes, and national action plans with targets and measured progress.
-- An activity keeps its countries and programmes as arrays (GIN-indexed) and its participant
-- counts by sex and by institution type in its own row, so that an impact report is a few
-- aggregates over one table; the (private) names of a participant list are in pm_participants.

create table pm_programmes (
  id bigint generated always as identity primary key,
  code text not null unique,
  name text not null,
  kind text not null check (kind in ('programme', 'initiative')),
  parent_id bigint references pm_programmes (id),
  crime_focus text not null check (crime_focus in ('tip', 'som', 'both')),
  donors text[] not null default '{}',
  start_date date,
  end_date date,
  countries text[] not null default '{}',
  description text,
  sample boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table pm_projects (
  id bigint generated always as identity primary key,
  programme_id bigint not null references pm_programmes (id),
  code text not null unique,
  name text not null,
  start_date date,
  end_date date,
  sample boolean not null default false
);

create table pm_activities (
  id bigint generated always as identity primary key,
  external_id text unique,
  type text not null,
  title text not null,
  start_date date not null,
  end_date date not null,
  place text,
  scope text not null check (scope in ('national', 'regional')),
  countries text[] not null,
  programme_ids integer[] not null default '{}',
  project_id bigint references pm_projects (id),
  partners text[] not null default '{}',
  topic text,
  description text,
  -- Participants by sex (counted from pm_participants when a list is kept).
  female integer not null default 0,
  male integer not null default 0,
  unknown_sex integer not null default 0,
  -- Participants by institution type, in the order of INSTITUTION_TYPES (src/programmes/vocabulary.ts);
  -- all zero when not recorded, otherwise summing to the total by sex.
  by_institution integer[] not null default '{0,0,0,0,0,0,0,0,0}' check (cardinality(by_institution) = 9),
  has_participant_list boolean not null default false,
  status text not null check (status in ('draft', 'published')),
  sample boolean not null default false,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (end_date >= start_date)
);
create index pm_activities_start on pm_activities (start_date) include (type, scope, female, male, unknown_sex) where status = 'published';
create index pm_activities_countries on pm_activities using gin (countries);
create index pm_activities_programmes on pm_activities using gin (programme_ids);


create table pm_participants (
  id bigint generated always as identity primary key,
  activity_id bigint not null references pm_activities (id) on delete cascade,
  name text not null,
  sex text not null check (sex in ('female', 'male', 'unknown')),
  institution_type text not null,
  institution text,
  country text
);
create index pm_participants_activity on pm_participants (activity_id);

create table pm_outcomes (
  id bigint generated always as identity primary key,
  external_id text unique,
  type text not null,
  activity_id bigint references pm_activities (id),
  programme_id bigint references pm_programmes (id),
  country text not null,
  outcome_date date not null,
  quantity integer not null default 1 check (quantity >= 0),
  kn_record_id bigint references kn_records (id),
  source text,
  story text,
  status text not null check (status in ('draft', 'published')),
  sample boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index pm_outcomes_date on pm_outcomes (outcome_date);

create table pm_action_plans (
  id bigint generated always as identity primary key,
  code text not null unique,
  title text not null,
  kind text not null check (kind in ('national', 'regional')),
  countries text[] not null,
  start_date date not null,
  end_date date not null,
  programme_id bigint references pm_programmes (id),
  status text not null check (status in ('draft', 'published')),
  sample boolean not null default false
);

create table pm_plan_areas (
  id bigint generated always as identity primary key,
  plan_id bigint not null references pm_action_plans (id) on delete cascade,
  position integer not null,
  name text not null
);

create table pm_plan_targets (
  id bigint generated always as identity primary key,
  area_id bigint not null references pm_plan_areas (id) on delete cascade,
  code text not null,
  description text not null,
  indicator text not null,
  unit text,
  baseline double precision not null,
  target_value double precision not null,
  due_date date not null
);

create table pm_plan_measurements (
  target_id bigint not null references pm_plan_targets (id) on delete cascade,
  measured_on date not null,
  value double precision not null,
  note text,
  primary key (target_id, measured_on)
);
