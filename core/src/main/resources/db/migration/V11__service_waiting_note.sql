-- A directory file may give its waiting time in words ("about a month after assessment"): kept as
-- written, so an import takes the file instead of refusing it.
alter table service add column waiting_note varchar(200);
