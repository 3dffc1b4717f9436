-- Counts that cost nothing per page (issue 20, item 2). The navigation and "My work" read small
-- counter rows instead of counting referrals, notices and pathway steps on every page. Triggers
-- keep the counters in the same transaction as every change that moves them, whoever writes it
-- (the platform, the process engine, an operator's SQL); a periodic recount corrects and reports
-- any drift.

-- Overdue becomes a stored fact, so that it can be counted: the moment the step a referral is at
-- falls due (acknowledge, decide, or show activity once taken on) and whether it has passed.
-- Changes set both at once; the platform's sweeper marks the referrals whose moment has come since
-- (every second), so "overdue" is exact to the second and one rule for every list, tile and count.
alter table referral
  add column overdue_from timestamptz,
  add column overdue boolean not null default false;

create function referral_overdue_from(r referral) returns timestamptz
  language sql stable set search_path from current as $$
  select case
    when r.status = 'SENT' then r.acknowledge_due_at
    when r.status = 'RECEIVED' then r.decide_due_at
    when r.status in ('ACCEPTED', 'IN_PROGRESS') then
      r.last_activity_at + make_interval(days => (select t.inactivity_days from response_target t
                                                  where t.urgency = r.urgency))
  end
$$;

create function referral_overdue() returns trigger language plpgsql set search_path from current as $$
begin
  new.overdue_from := referral_overdue_from(new);
  new.overdue := coalesce(new.overdue_from < now(), false);
  return new;
end $$;
-- Named to run after the other before-triggers (alphabetical), on the row as they leave it.
create trigger referral_zz_overdue before insert or update on referral
  for each row execute function referral_overdue();

update referral set overdue_from = referral_overdue_from(referral.*),
  overdue = coalesce(referral_overdue_from(referral.*) < now(), false)
  where status in ('SENT', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS');

-- The sweeper's work: open referrals whose moment has not been marked yet, soonest first.
create index referral_coming_due on referral (overdue_from) where not overdue and overdue_from is not null;

-- A new inactivity target moves the moment of every referral taken on at that urgency.
create function response_target_moves_due() returns trigger language plpgsql set search_path from current as $$
begin
  update referral set overdue_from = null
    where urgency = new.urgency and status in ('ACCEPTED', 'IN_PROGRESS');
  return null;
end $$;
create trigger response_target_moves_due after update of inactivity_days on response_target
  for each row when (old.inactivity_days is distinct from new.inactivity_days)
  execute function response_target_moves_due();

-- The caseloads read open work from its covering index alone (V6); overdue joins it.
drop index referral_open_work;
create index referral_open_work on referral (to_agency, assignee)
  include (id, version, person_id, service_id, assignee_name, status, urgency,
           acknowledge_due_at, decide_due_at, last_activity_at, overdue)
  where status in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED', 'IN_PROGRESS');

-- The counters. username is '' for what belongs to the agency as a whole. A change never updates a
-- counter row (every worker of an agency would queue on it): it appends its difference to
-- work_count_change, which takes no lock, and the platform folds those into work_count every
-- second. A count is the counter plus the changes not yet folded in, read in one statement.
create table work_count (
  agency varchar(40) not null,
  username varchar(100) not null,
  kind varchar(20) not null check (kind in ('MINE', 'UNASSIGNED', 'WAITING', 'OVERDUE', 'STEPS',
                                            'UNREAD', 'UNREAD_LEADS')),
  n bigint not null,
  primary key (agency, username, kind)
);
-- No identity column on purpose: the triggers insert here inside the platform's own inserts, and
-- EclipseLink reads a new row's id with lastval(), which a sequence used here would move.
create table work_count_change (
  agency varchar(40) not null,
  username varchar(100) not null,
  kind varchar(20) not null,
  d bigint not null
);
create index work_count_change_of on work_count_change (agency, username);

-- What one referral adds to the counters; the lists' own conditions (WorkQueues), written once
-- more here in SQL because the counters must follow every writer. WorkCountsIT holds the two
-- together by walking every step and comparing each counter with the lists.
create function referral_work(r referral) returns table (agency varchar, username varchar, kind varchar)
  language sql immutable as $$
  -- Mine: what I hold, and my drafts and questions to answer (once, if it is both).
  select r.to_agency, r.assignee, 'MINE'::varchar
    where r.assignee is not null
      and r.status in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED', 'IN_PROGRESS')
  union
  select r.from_agency, r.sent_by, 'MINE'
    where r.status in ('DRAFT', 'INFORMATION_REQUESTED') and r.sent_by is not null
  union all
  select r.to_agency, '', 'UNASSIGNED'
    where r.assignee is null
      and r.status in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED', 'IN_PROGRESS')
  union all
  -- Awaiting acceptance: the agency's when nobody holds it, the holder's otherwise.
  select r.to_agency, coalesce(r.assignee, ''), 'WAITING' where r.status in ('SENT', 'RECEIVED')
  union all
  select r.to_agency, '', 'OVERDUE'
    where r.overdue
      and r.status in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED', 'IN_PROGRESS')
$$;

create function notice_work(n notice) returns table (agency varchar, username varchar, kind varchar)
  language sql immutable as $$
  select n.agency, coalesce(n.to_username, ''),
    (case when n.to_team_leads then 'UNREAD_LEADS' else 'UNREAD' end)::varchar
    where n.read_at is null
$$;

create function step_work(s pathway_step) returns table (agency varchar, username varchar, kind varchar)
  language sql immutable as $$
  select s.agency, ''::varchar, 'STEPS'::varchar where s.status <> 'IN_PLACE'
$$;

-- Adds the difference between what the old row and the new row count (keys agency|username|kind);
-- rows counted by both add nothing.
create function work_count_add(added text[], removed text[]) returns void
  language sql set search_path from current as $$
  insert into work_count_change (agency, username, kind, d)
    select split_part(c.k, '|', 1), split_part(c.k, '|', 2), split_part(c.k, '|', 3), sum(c.d)
    from (select unnest(added) as k, 1 as d union all select unnest(removed), -1) c
    group by c.k having sum(c.d) <> 0
$$;

-- One trigger for the three tables: each row type has its *_work function above (a row has no
-- type in common with the others, so each trigger names its own as its argument).
create function work_counts() returns trigger language plpgsql set search_path from current as $$
declare
  before text[] := '{}';
  after text[] := '{}';
  keys constant text := 'select coalesce(array_agg(w.agency || ''|'' || w.username || ''|'' || w.kind), ''{}'') from %I($1) w';
begin
  if tg_op <> 'INSERT' then
    execute format(keys, tg_argv[0]) into before using old;
  end if;
  if tg_op <> 'DELETE' then
    execute format(keys, tg_argv[0]) into after using new;
  end if;
  perform work_count_add(after, before);
  return null;
end $$;

-- "when" rather than "update of": it sees the row as the before-triggers leave it (overdue).
create trigger referral_counts after insert or delete on referral
  for each row execute function work_counts('referral_work');
create trigger referral_counts_moved after update on referral
  for each row when ((old.status, old.assignee, old.to_agency, old.from_agency, old.sent_by,
                      old.overdue)
                     is distinct from (new.status, new.assignee, new.to_agency, new.from_agency,
                                       new.sent_by, new.overdue))
  execute function work_counts('referral_work');

create trigger notice_counts after insert or delete on notice
  for each row execute function work_counts('notice_work');
create trigger notice_counts_moved after update on notice
  for each row when ((old.read_at is null, old.agency, old.to_username, old.to_team_leads)
                     is distinct from (new.read_at is null, new.agency, new.to_username,
                                       new.to_team_leads))
  execute function work_counts('notice_work');

create trigger step_counts after insert or delete on pathway_step
  for each row execute function work_counts('step_work');
create trigger step_counts_moved after update on pathway_step
  for each row when ((old.status, old.agency) is distinct from (new.status, new.agency))
  execute function work_counts('step_work');

-- What the counters should say, counted from the rows themselves: only open work and unread
-- notices are read, through their partial indexes.
create view work_count_expected as
  select w.agency, w.username, w.kind, count(*) as n
  from (select (referral_work(r)).* from referral r
        where r.status in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED', 'IN_PROGRESS')
        union all
        select (referral_work(r)).* from referral r where r.status = 'DRAFT'
        union all
        select (notice_work(n)).* from notice n where n.read_at is null
        union all
        select (step_work(s)).* from pathway_step s where s.status <> 'IN_PLACE') w
  group by w.agency, w.username, w.kind;

-- Counter plus changes not yet folded in; one statement, so one snapshot.
create view work_count_now as
  select t.agency, t.username, t.kind, sum(t.n)::bigint as n
  from (select c.agency, c.username, c.kind, c.n from work_count c
        union all
        select x.agency, x.username, x.kind, x.d from work_count_change x) t
  group by t.agency, t.username, t.kind;

-- Folds the committed changes into the counters (one statement: a reader sees them either still
-- as changes or already in the counters, never both or neither). Answers how many it folded.
create function work_count_fold() returns bigint language sql set search_path from current as $$
  with folded as (
    delete from work_count_change x returning x.agency, x.username, x.kind, x.d
  ), summed as (
    insert into work_count (agency, username, kind, n)
      select f.agency, f.username, f.kind, sum(f.d) from folded f group by 1, 2, 3
      order by 1, 2, 3
    on conflict on constraint work_count_pkey do update set n = work_count.n + excluded.n
  )
  select count(*) from folded
$$;

-- The recount: in one statement (one snapshot) it compares the counters with the rows, and adds
-- the difference as a change. Changes committed after that snapshot moved both the rows and the
-- counters, so adding the difference is right even while people work. Answers what it corrected.
create function work_count_recount() returns table (agency varchar, username varchar, kind varchar, drift bigint)
  language sql set search_path from current as $$
  with drift as (
    select coalesce(e.agency, c.agency) as agency, coalesce(e.username, c.username) as username,
      coalesce(e.kind, c.kind) as kind, coalesce(e.n, 0) - coalesce(c.n, 0) as drift
    from work_count_expected e full join work_count_now c
      on c.agency = e.agency and c.username = e.username and c.kind = e.kind
    where coalesce(e.n, 0) <> coalesce(c.n, 0)
  ), corrected as (
    insert into work_count_change (agency, username, kind, d)
      select d.agency, d.username, d.kind, d.drift from drift d
  )
  select d.agency, d.username, d.kind, d.drift from drift d order by 1, 2, 3
$$;

select count(*) from work_count_recount();
select work_count_fold();
