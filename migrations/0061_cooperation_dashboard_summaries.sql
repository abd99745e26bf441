-- The dashboard's counts, kept as requests change: per corridor and status, and per corridor and
-- number of days from sent to answered (an exact histogram, from which the overall median is
-- computed). Counting 100,000 requests on every dashboard view sorted them by corridor each
-- time; these tables hold at most a row per corridor and status, and per corridor and day
-- count. Rows are kept at zero rather than deleted; queries skip them.

create table co_corridor_status (
  requesting_country char(3) not null,
  requested_country char(3) not null,
  status text not null,
  requests integer not null,
  primary key (requesting_country, requested_country, status)
);

create table co_answer_days (
  requesting_country char(3) not null,
  requested_country char(3) not null,
  days integer not null,
  requests integer not null,
  primary key (requesting_country, requested_country, days)
);

create function co_requests_summarize() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update co_corridor_status set requests = requests - 1
      where requesting_country = old.requesting_country and requested_country = old.requested_country and status = old.status;
    if old.answered_on is not null and old.sent_on is not null then
      update co_answer_days set requests = requests - 1
        where requesting_country = old.requesting_country and requested_country = old.requested_country and days = old.answered_on - old.sent_on;
    end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into co_corridor_status values (new.requesting_country, new.requested_country, new.status, 1)
      on conflict (requesting_country, requested_country, status) do update set requests = co_corridor_status.requests + 1;
    if new.answered_on is not null and new.sent_on is not null then
      insert into co_answer_days values (new.requesting_country, new.requested_country, new.answered_on - new.sent_on, 1)
        on conflict (requesting_country, requested_country, days) do update set requests = co_answer_days.requests + 1;
    end if;
  end if;
  return null;
end;
$$;

create trigger co_requests_summary
  after insert or delete or update of requesting_country, requested_country, status, sent_on, answered_on on co_requests
  for each row execute function co_requests_summarize();

-- Overdue and soon-due requests are read by deadline among open requests only, with the
-- columns the dashboard needs, so that counting them does not visit the table.
drop index co_requests_due;
create index co_requests_open_due on co_requests (due_on) include (requesting_country, requested_country, status)
  where status in ('sent', 'received', 'in_execution');

-- The median per corridor is read from answered requests in corridor order, without a sort.
create index co_requests_answered on co_requests (requesting_country, requested_country) include (sent_on, answered_on)
  where answered_on is not null and sent_on is not null;

-- Requests already there.
insert into co_corridor_status
  select requesting_country, requested_country, status, count(*) from co_requests group by 1, 2, 3;
insert into co_answer_days
  select requesting_country, requested_country, answered_on - sent_on, count(*) from co_requests
  where answered_on is not null and sent_on is not null group by 1, 2, 3;
