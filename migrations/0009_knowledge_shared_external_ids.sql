-- Published sources give the same number to two different cases (SHERLOC's USA174): an external
-- id is no longer unique. Imports match on external id and title; editors are told when a number
-- is already used (workflow.ts).
drop index if exists kn_records_external_id;
create index kn_records_external_id on kn_records (kind, external_id) where external_id is not null;
