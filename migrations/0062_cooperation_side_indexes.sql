-- A central authority's dashboard reads its country's requests as two parts, the requests its
-- country sends and those it receives, each through an index that starts with that country
-- column (one index on "requesting or requested" cannot serve both). 0061's covering indexes
-- serve the first part and the admin's view of everything; these serve the second.
create index co_requests_answered_to on co_requests (requested_country, requesting_country) include (sent_on, answered_on)
  where answered_on is not null and sent_on is not null;
create index co_requests_open_due_from on co_requests (requesting_country, due_on) include (requested_country, status)
  where status in ('sent', 'received', 'in_execution');
create index co_requests_open_due_to on co_requests (requested_country, due_on) include (requesting_country, status)
  where status in ('sent', 'received', 'in_execution');
create index co_answer_days_to on co_answer_days (requested_country, requesting_country);
