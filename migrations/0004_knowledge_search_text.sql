-- The search documents move to a narrow table of their own: a text match then reads a small
-- heap (and the GIN index) instead of the wide rows of kn_published, and the titles get their
-- own small document, so that broad queries can be ranked by title matches without reading
-- every full document.
create table kn_search_text (
  record_id bigint primary key references kn_records (id) on delete cascade,
  title_document tsvector not null,
  document tsvector not null
);
insert into kn_search_text (record_id, title_document, document)
select record_id,
  to_tsvector('english', coalesce(title->>'en', '')) || to_tsvector('french', coalesce(title->>'fr', ''))
    || to_tsvector('spanish', coalesce(title->>'es', '')) || to_tsvector('russian', coalesce(title->>'ru', ''))
    || to_tsvector('arabic', coalesce(title->>'ar', '')) || to_tsvector('simple', coalesce(title->>'zh', '')),
  document
from kn_published;
create index kn_search_text_document on kn_search_text using gin (document);
create index kn_search_text_title on kn_search_text using gin (title_document);
alter table kn_published drop column document;
-- The published data is read from kn_versions (record_id, version): no second copy to write.
alter table kn_published drop column data;
