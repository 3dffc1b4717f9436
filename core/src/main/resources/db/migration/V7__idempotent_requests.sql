-- The first answer to each write a system sent with an Idempotency-Key, so a retry of the same
-- request gets the same answer instead of doing the work twice. Written in the same transaction as
-- the work: a write that rolled back left no key, and can be retried with it.
create table idempotent_request (
  client text not null,
  idempotency_key text not null,
  fingerprint text not null,
  status integer not null,
  location text,
  etag text,
  body text,
  created_at timestamptz not null default now(),
  primary key (client, idempotency_key)
);

-- Keys are kept for a day; the sweep finds the old ones by age.
create index idempotent_request_by_age on idempotent_request (created_at);

-- When each referral last changed in any way, kept by the database so that no code path can forget
-- it: systems follow their agency's work by "changed since", page by page on (changed_at, id).
-- Existing rows take the time of this migration (a constant default: no table rewrite).
alter table referral add column changed_at timestamptz not null default now();

create function referral_changed() returns trigger language plpgsql as $$
begin
  new.changed_at := clock_timestamp();
  return new;
end $$;

create trigger referral_changed before update on referral
  for each row when (old is distinct from new) execute function referral_changed();

create index referral_changes on referral (to_agency, changed_at, id);
