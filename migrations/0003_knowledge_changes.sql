-- A change sequence on the public projection, so that each process's in-memory facet index can
-- catch up with what others published or unpublished (publishers take an advisory lock, so the
-- sequence follows the order of commits).
create sequence kn_change_seq;
alter table kn_published add column change_seq bigint not null default nextval('kn_change_seq');
create index kn_published_change on kn_published (change_seq);
create table kn_unpublished (
  record_id bigint primary key,
  change_seq bigint not null default nextval('kn_change_seq')
);
create index kn_unpublished_change on kn_unpublished (change_seq);
