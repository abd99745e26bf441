-- An outcome's programmes, copied from its own programme or else from its activity's, so that a
-- programme filter on outcomes is an array overlap on the outcome row instead of a second scan
-- of the activities. Kept in step by syncOutcomeProgrammes (src/programmes/store.ts).
alter table pm_outcomes add column programme_ids integer[] not null default '{}';
update pm_outcomes o set programme_ids = case
  when o.programme_id is not null then array[o.programme_id::integer]
  else coalesce((select a.programme_ids from pm_activities a where a.id = o.activity_id), '{}') end;
create index pm_outcomes_programmes on pm_outcomes using gin (programme_ids);
