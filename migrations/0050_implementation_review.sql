-- Implementation review: per treaty, review cycles, each with its own version of the question
-- bank (questions organised by article); countries' self-assessments in a cycle, their answers
-- (with attached legislation from the knowledge portal and files), and reviewers' comments.
-- A cycle's questions are copied when the next cycle is created and frozen once the cycle
-- opens, so a new version never changes what an older cycle asked or was answered.

create table ir_cycles (
  id bigint generated always as identity primary key,
  treaty_code text not null references tr_treaties (code),
  name text not null,
  version integer not null,
  status text not null default 'preparation' check (status in ('preparation', 'open', 'closed')),
  based_on bigint references ir_cycles (id),
  sample boolean not null default false,
  created_at timestamptz not null default now(),
  opened_at timestamptz,
  unique (treaty_code, version)
);

create table ir_questions (
  id bigint generated always as identity primary key,
  cycle_id bigint not null references ir_cycles (id),
  -- Stable across versions: the same question in the next cycle keeps its key.
  key text not null check (key ~ '^[a-z0-9][a-z0-9_.-]{0,60}$'),
  article text not null,
  position integer not null,
  type text not null check (type in ('yes_no', 'choice', 'number', 'text', 'file')),
  text text not null,
  guidance text,
  choices text[] not null default '{}',
  required boolean not null default true,
  unique (cycle_id, key)
);
create index ir_questions_cycle on ir_questions (cycle_id, position);

create table ir_assessments (
  id bigint generated always as identity primary key,
  cycle_id bigint not null references ir_cycles (id),
  country text not null check (country ~ '^[A-Z]{3}$'),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'returned', 'completed')),
  sample boolean not null default false,
  submitted_at timestamptz,
  submitted_by bigint,
  updated_at timestamptz not null default now(),
  unique (cycle_id, country)
);

create table ir_answers (
  id bigint generated always as identity primary key,
  assessment_id bigint not null references ir_assessments (id) on delete cascade,
  question_id bigint not null references ir_questions (id),
  value text,
  legislation_ids integer[] not null default '{}',
  updated_by bigint,
  updated_at timestamptz not null default now(),
  unique (assessment_id, question_id)
);

create table ir_files (
  id bigint generated always as identity primary key,
  answer_id bigint not null references ir_answers (id) on delete cascade,
  filename text not null,
  content_type text not null,
  size_bytes integer not null,
  content bytea not null,
  uploaded_by bigint,
  uploaded_at timestamptz not null default now()
);

create table ir_comments (
  id bigint generated always as identity primary key,
  assessment_id bigint not null references ir_assessments (id) on delete cascade,
  question_id bigint not null references ir_questions (id),
  author_id bigint,
  author_label text not null,
  body text not null,
  created_at timestamptz not null default now()
);
create index ir_comments_assessment on ir_comments (assessment_id, question_id);
