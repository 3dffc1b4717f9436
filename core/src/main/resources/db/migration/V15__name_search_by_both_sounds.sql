-- A name searched for alone: a sound-alike family name counts only with a sound-alike given name
-- too. The family name's sound alone ran through every Smith (37,000 names in a million people)
-- on each search for one; both sounds together are a handful.
create index person_name_sounds on person_name (family_key, dmetaphone(given_name));
