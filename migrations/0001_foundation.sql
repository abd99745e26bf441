-- Foundation: instance secrets, accounts, roles, sessions, API tokens, login throttling, audit log.

create table app_secrets (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);

create table users (
  id bigint generated always as identity primary key,
  email text not null,
  display_name text not null,
  password_hash text not null,
  locale text check (locale in ('en', 'fr', 'es', 'ar')),
  disabled_at timestamptz,
  password_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_email_unique on users (lower(email));

-- A role is granted globally (country_code null) or for one country; focal points need a country.
create table user_roles (
  user_id bigint not null references users (id) on delete cascade,
  role text not null check (role in ('admin', 'editor', 'reviewer', 'focal_point', 'programme_officer', 'analyst', 'researcher')),
  country_code char(3),
  check (role <> 'focal_point' or country_code is not null)
);
create unique index user_roles_unique on user_roles (user_id, role, coalesce(country_code, ''));

create table sessions (
  id text primary key, -- sha256 of the cookie value; the value itself is never stored
  user_id bigint not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
create index sessions_user on sessions (user_id);

create table api_tokens (
  id bigint generated always as identity primary key,
  user_id bigint not null references users (id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  token_prefix text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_user on api_tokens (user_id);

create table login_failures (
  id bigint generated always as identity primary key,
  email text not null,
  ip text,
  at timestamptz not null default now()
);
create index login_failures_email on login_failures (email, at);
create index login_failures_ip on login_failures (ip, at);

-- Hash-chained: each entry's hash covers its content and the previous entry's hash, and seq
-- has no gaps, so an altered or removed entry is found by `ariadne audit verify`.
create table audit_log (
  seq bigint primary key,
  at timestamptz(3) not null, -- milliseconds, exactly what the hash covers
  actor_user_id bigint,
  actor_label text not null,
  action text not null,
  entity_type text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  prev_hash text not null,
  hash text not null
);
create index audit_log_entity on audit_log (entity_type, entity_id);
create index audit_log_actor on audit_log (actor_user_id, seq);
create index audit_log_at on audit_log (at);
create index audit_log_action on audit_log (action, seq);
