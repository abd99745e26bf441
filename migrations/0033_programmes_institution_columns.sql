-- Participants by institution type in nine integer columns instead of an integer array: summing
-- them over 100,000 activities no longer reads and subscripts an array per row (the array made
-- the report's main aggregate about twice as slow).
alter table pm_activities
  add column inst_police integer not null default 0, add column inst_prosecution integer not null default 0,
  add column inst_judiciary integer not null default 0, add column inst_border_immigration integer not null default 0,
  add column inst_labour_inspection integer not null default 0, add column inst_social_services integer not null default 0,
  add column inst_civil_society integer not null default 0, add column inst_academia integer not null default 0,
  add column inst_other integer not null default 0;
update pm_activities set inst_police = by_institution[1], inst_prosecution = by_institution[2], inst_judiciary = by_institution[3],
  inst_border_immigration = by_institution[4], inst_labour_inspection = by_institution[5], inst_social_services = by_institution[6],
  inst_civil_society = by_institution[7], inst_academia = by_institution[8], inst_other = by_institution[9];
alter table pm_activities drop column by_institution;
