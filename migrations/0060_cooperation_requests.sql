-- International cooperation requests between central authorities: mutual legal assistance,
-- extradition, transfer of proceedings or of sentenced persons, informal police cooperation.
-- Only the authorities of the two countries (and admins) see a request; a draft only its
-- requesting side. The dashboards count from these rows in SQL, so the indexes below follow
-- the two ways a country takes part (requesting or requested) and the open statuses.

create table co_requests (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('mutual_legal_assistance', 'extradition', 'transfer_of_proceedings', 'transfer_of_sentenced_persons', 'police_cooperation')),
  requesting_country char(3) not null,
  requesting_authority text not null,
  requested_country char(3) not null,
  requested_authority text not null,
  legal_basis text not null,
  legal_basis_detail text,
  case_reference text,
  knowledge_record_id bigint references kn_records (id) on delete set null,
  crime_type text not null check (crime_type in ('trafficking_in_persons', 'smuggling_of_migrants', 'related')),
  subject text not null,
  status text not null default 'drafted'
    check (status in ('drafted', 'sent', 'received', 'in_execution', 'executed', 'refused', 'withdrawn')),
  sent_on date,
  received_on date,
  answered_on date,
  due_on date,
  contact_role text check (contact_role in ('liaison_magistrate', 'contact_point')),
  contact_name text,
  contact_email text,
  sample boolean not null default false,
  created_by bigint references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (requesting_country <> requested_country),
  check (received_on is null or sent_on is null or received_on >= sent_on),
  check (answered_on is null or sent_on is null or answered_on >= sent_on)
);
create index co_requests_requesting on co_requests (requesting_country, status);
create index co_requests_requested on co_requests (requested_country, status);
create index co_requests_due on co_requests (due_on) where status in ('sent', 'received', 'in_execution');

-- Every change of a request, in order: creation, each status change (with the date it
-- happened and a note), each edit (the fields changed), each document added.
create table co_request_events (
  id bigint generated always as identity primary key,
  request_id bigint not null references co_requests (id) on delete cascade,
  kind text not null check (kind in ('created', 'status', 'edited', 'document')),
  from_status text,
  to_status text,
  on_date date,
  note text,
  details jsonb,
  actor_user_id bigint,
  actor_label text not null,
  at timestamptz not null default now()
);
create index co_request_events_request on co_request_events (request_id, id);

create table co_documents (
  id bigint generated always as identity primary key,
  request_id bigint not null references co_requests (id) on delete cascade,
  filename text not null,
  content_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  content bytea not null,
  description text,
  uploaded_by bigint,
  uploaded_by_label text not null,
  uploaded_at timestamptz not null default now()
);
create index co_documents_request on co_documents (request_id, id);
