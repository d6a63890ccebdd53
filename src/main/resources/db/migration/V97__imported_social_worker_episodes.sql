-- Importing the 903 SWEpisodes table (issue 8, ADR 0010): a return may name a social worker Hearth has no account
-- for, or whose account does not yet carry their 903 id. The history is still kept, so that the export gives the same
-- data back: such a period holds the worker's 903 id as the return gave it and no worker, until the id is recorded on
-- the worker's account and a later import links it. Exactly one of the two says who held the case.

ALTER TABLE allocation_period ALTER COLUMN worker_id DROP NOT NULL;
ALTER TABLE allocation_period ADD COLUMN social_worker_ref text
    CHECK (social_worker_ref ~ '^(SW|XX)[A-Z0-9]{1,18}$');
ALTER TABLE allocation_period ADD CONSTRAINT allocation_period_worker_or_ref
    CHECK (num_nonnulls(worker_id, social_worker_ref) = 1);
-- no two periods of a child overlap (903 rules SW08STG2 and SW10STG2: a new episode starts when the last one ends);
-- a period may end the day the next begins. Deferrable so that a bulk import may close one period and open the next
-- in either order within its transaction; immediate for everything else.
ALTER TABLE allocation_period ADD CONSTRAINT allocation_period_no_overlap
    EXCLUDE USING gist (child_id WITH =, daterange(started_on, ended_on, '[)') WITH &&)
    DEFERRABLE INITIALLY IMMEDIATE;
COMMENT ON COLUMN allocation_period.worker_id IS 'The allocated worker (an app_user); null when an imported 903 return named a worker Hearth could not match (social_worker_ref holds their id).';
COMMENT ON COLUMN allocation_period.social_worker_ref IS 'The worker''s 903 SW_ID as an imported return gave it, when no Hearth user has that id (recorded on the account, or the default XX form); null when worker_id says who it was. The export writes it back as SW_ID.';
