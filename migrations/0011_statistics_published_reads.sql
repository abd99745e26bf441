-- Published values are read per country-year through the primary key (country_year_id, revision, ...);
-- an index led by the indicator made the planner choose nested loops over it for filtered reads.
drop index if exists st_revision_values_indicator;
