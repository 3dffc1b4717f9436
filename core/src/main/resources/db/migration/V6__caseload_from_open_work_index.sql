-- A team lead's caseload figures read each open referral of the agency from this index alone
-- (an index-only scan): it holds open work only, a few per cent of all referrals, with every
-- column the figures need. Without it each view fetched every open referral's row from a table
-- of millions (seconds at five million referrals).
create index referral_open_work on referral (to_agency, assignee)
  include (id, version, person_id, service_id, assignee_name, status, urgency,
           acknowledge_due_at, decide_due_at, last_activity_at)
  where status in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED', 'IN_PROGRESS');
