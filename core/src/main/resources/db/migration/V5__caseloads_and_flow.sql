-- Team leads watch their team's caseloads and the flow of referrals between agencies.

-- Workload is weighed, not counted: each agency's admin sets the points an open item is worth by
-- case type and risk tier, and what a full-time worker can carry; a worker's capacity is scaled by
-- their contracted hours (the way probation's workload measurement tool does it).
create table workload_weight (
  agency varchar(40) not null references agency,
  case_type varchar(30) not null
    check (case_type in ('REFERRAL', 'PRISON_RELEASE', 'LEAVING_CARE', 'HOSPITAL_DISCHARGE')),
  risk_tier varchar(10) not null check (risk_tier in ('HIGH', 'MEDIUM', 'LOW')),
  points numeric(4, 1) not null check (points >= 0 and points <= 100),
  primary key (agency, case_type, risk_tier)
);
insert into workload_weight (agency, case_type, risk_tier, points)
  select a.code, t.case_type, t.risk_tier, t.points from agency a cross join (values
    ('REFERRAL', 'HIGH', 3.0), ('REFERRAL', 'MEDIUM', 2.0), ('REFERRAL', 'LOW', 1.0),
    ('PRISON_RELEASE', 'HIGH', 8.0), ('PRISON_RELEASE', 'MEDIUM', 6.0), ('PRISON_RELEASE', 'LOW', 4.0),
    ('LEAVING_CARE', 'HIGH', 7.0), ('LEAVING_CARE', 'MEDIUM', 5.0), ('LEAVING_CARE', 'LOW', 4.0),
    ('HOSPITAL_DISCHARGE', 'HIGH', 5.0), ('HOSPITAL_DISCHARGE', 'MEDIUM', 4.0),
    ('HOSPITAL_DISCHARGE', 'LOW', 3.0)) as t (case_type, risk_tier, points);

create table workload_setting (
  agency varchar(40) primary key references agency,
  full_time_hours numeric(4, 1) not null default 37 check (full_time_hours > 0 and full_time_hours <= 60),
  full_time_points numeric(5, 1) not null default 40 check (full_time_points > 0 and full_time_points <= 1000),
  updated_at timestamptz,
  updated_by varchar(100),
  version integer not null default 0
);
insert into workload_setting (agency) select code from agency;

-- Contracted hours are kept here (the identity provider does not know them). Only caseworkers
-- (frontline workers and team leads) hold work; admins and data-protection officers do not.
alter table staff
  add column contracted_hours numeric(4, 1) not null default 37
    check (contracted_hours > 0 and contracted_hours <= 60),
  add column caseworker boolean not null default true,
  add column version integer not null default 0;

-- A pathway's risk tier weighs its lead professional's workload.
alter table pathway
  add column risk_tier varchar(10) not null default 'MEDIUM' check (risk_tier in ('HIGH', 'MEDIUM', 'LOW'));
create index pathway_open_by_lead on pathway (lead_agency, lead_username) where status <> 'CLOSED';

-- Time a referral spends with nobody working it (from sending until someone takes it on, and
-- again after a hand-back, while it is open) and whether it bounced, kept up to date by the
-- database on every change so the flow figures never need to replay histories.
alter table referral
  add column unowned_since timestamptz,
  add column unowned_minutes integer not null default 0,
  add column bounce varchar(20) check (bounce in ('SENT_BACK', 'REROUTED_AGAIN'));

-- The moment of a change is the referral's last activity, which every step and move sets.
create function referral_ownership() returns trigger language plpgsql as $$
declare
  moment timestamptz := coalesce(new.last_activity_at, now());
begin
  if new.status in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED', 'IN_PROGRESS')
      and new.assignee is null then
    if new.unowned_since is null then
      new.unowned_since := moment;
    end if;
  elsif new.unowned_since is not null then
    new.unowned_minutes := new.unowned_minutes
      + greatest(0, floor(extract(epoch from (moment - new.unowned_since)) / 60))::integer;
    new.unowned_since := null;
  end if;
  return new;
end $$;
create trigger referral_ownership before insert or update on referral
  for each row execute function referral_ownership();

-- A bounce: sent back to the agency that referred the person to the sender within four weeks
-- (A to B, then B back to A), or re-routed for the second time or more.
-- The function finds the referral table through the schema it was created in, whatever the
-- search path of the session that fires it.
create function referral_bounce() returns trigger language plpgsql set search_path from current as $$
begin
  if new.sent_at is not null and (tg_op = 'INSERT' or old.sent_at is null) then
    if new.rerouted_from is not null and exists (
        select 1 from referral earlier where earlier.id = new.rerouted_from
          and earlier.rerouted_from is not null) then
      new.bounce := 'REROUTED_AGAIN';
    elsif exists (
        select 1 from referral earlier where earlier.person_id = new.person_id
          and earlier.from_agency = new.to_agency and earlier.to_agency = new.from_agency
          and earlier.sent_at between new.sent_at - interval '28 days' and new.sent_at
          and earlier.id is distinct from new.id) then
      new.bounce := 'SENT_BACK';
    end if;
  end if;
  return new;
end $$;
create trigger referral_bounce before insert or update of sent_at on referral
  for each row execute function referral_bounce();

-- Flow figures read one period's referrals from this index alone, whatever the table's size.
create index referral_flow on referral (sent_at)
  include (from_agency, to_agency, service_id, status, received_at, accepted_at, started_at,
    decline_code, bounce, unowned_minutes, unowned_since)
  where sent_at is not null;
-- Each worker's last step, for the caseload's "last active".
create index referral_event_by_worker on referral_event (username, at desc);
-- Pathway steps by due date, for the steps not in place in time.
create index pathway_step_by_due_date on pathway_step (due_on) include (agency, status, done_at);
