-- Central authorities send and answer international cooperation requests for their countries,
-- so the role is granted per country, like a focal point's.
alter table user_roles drop constraint user_roles_role_check;
alter table user_roles add constraint user_roles_role_check
  check (role in ('admin', 'editor', 'reviewer', 'focal_point', 'programme_officer', 'analyst', 'researcher', 'central_authority'));
alter table user_roles drop constraint user_roles_check;
alter table user_roles add constraint user_roles_country_scoped_check
  check (role not in ('focal_point', 'central_authority') or country_code is not null);
