-- Search documents built ahead of a large import on a connection of its own (a second server
-- process normalises the text while the import's transaction writes the records); the import
-- copies them into kn_search_text and removes its rows. Unlogged: a crash loses only rows
-- that no committed import refers to.
create unlogged table kn_search_staging (
  token uuid not null,
  ord integer not null,
  title_document tsvector not null,
  document tsvector not null,
  created_at timestamptz not null default now(),
  primary key (token, ord)
);
