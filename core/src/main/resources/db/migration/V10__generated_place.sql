-- A generated (synthetic) place written by the generator module for the demo or a benchmark: how
-- many people it made, from which seed and when. Operators and the demo's named stories can tell
-- from it that the people already in the database are not real.
create table generated_place (
  id bigserial primary key,
  seed bigint not null,
  people bigint not null check (people > 0),
  referrals bigint not null check (referrals >= 0),
  purpose text not null check (purpose in ('DEMO', 'BENCHMARK')),
  loaded_at timestamptz not null default now()
);
