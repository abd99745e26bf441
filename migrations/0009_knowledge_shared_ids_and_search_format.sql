-- Published sources give the same number to two different cases (SHERLOC's USA174): an external
-- id is no longer unique. Imports match on external id and title; editors are told when a number
-- is already used (workflow.ts).
drop index if exists kn_records_external_id;
create index kn_records_external_id on kn_records (kind, external_id) where external_id is not null;

-- Search documents now fold accents, add the parts of compound tokens and mark each piece with
-- its text search configuration (search-documents.ts). Documents written before (format 1) are
-- rewritten by the application when it starts (knowledge/search/document-format.ts).
create table kn_search_format (version integer not null);
insert into kn_search_format (version) select case when exists (select 1 from kn_search_text) then 1 else 2 end;
