-- Allocation history (issue 8): Hearth kept only the child's current allocated worker; the 903 SWEpisodes table
-- (docs/903.md 2.11) needs every social worker episode with the reason for each change. One row per period a worker
-- held the child's case, written in the same transaction as every allocation change from the record's creation on.
-- child_id and worker_id carry no foreign key (tests empty tables with TRUNCATE ... CASCADE).

CREATE TABLE allocation_period (
    id           uuid PRIMARY KEY,
    child_id     uuid NOT NULL,
    worker_id    uuid NOT NULL,
    started_on   date NOT NULL,
    ended_on     date,
    sw_reason    text CHECK (sw_reason IN ('MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN',
                     'PCCHAN', 'SWDIED', 'OTHERS')),
    note         text,
    recorded_by  uuid,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX allocation_period_by_child ON allocation_period (child_id, started_on);
CREATE UNIQUE INDEX allocation_period_one_open ON allocation_period (child_id) WHERE ended_on IS NULL;
COMMENT ON TABLE allocation_period IS 'A period during which one worker was allocated to a child (903 SWEpisodes, docs/903.md 2.11): written with every allocation change, from the record''s creation on.';
COMMENT ON COLUMN allocation_period.id IS 'Hearth''s identifier for the period.';
COMMENT ON COLUMN allocation_period.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN allocation_period.worker_id IS 'The allocated worker (an app_user).';
COMMENT ON COLUMN allocation_period.started_on IS 'The day the worker was allocated (903 SW_DECOM).';
COMMENT ON COLUMN allocation_period.ended_on IS 'The day the allocation ended (903 SW_DEC); null while the worker holds the case.';
COMMENT ON COLUMN allocation_period.sw_reason IS 'Reason the child came to this worker, 903 SW_REASON (MANAGE, FCONTA, LEFTRL, ORGRST, TSPROC, ABSENC, CHCHAN, PCCHAN, SWDIED, OTHERS); FCONTA for the first allocation of a new record; null for periods carried over from before the history was kept.';
COMMENT ON COLUMN allocation_period.note IS 'The reason as the user typed it, if any.';
COMMENT ON COLUMN allocation_period.recorded_by IS 'Who made the change (null for bulk loads and the migration).';
COMMENT ON COLUMN allocation_period.recorded_at IS 'When the change was recorded.';

-- Children allocated before the history was kept: one open period from the day the record was created (the best
-- date Hearth has), with no reason (SW_REASON is blank only before April 2023, so the validation will flag these
-- when they fall in a year: the council should correct them).
INSERT INTO allocation_period (id, child_id, worker_id, started_on)
SELECT gen_random_uuid(), id, allocated_worker_id, CAST(created_at AT TIME ZONE 'Europe/London' AS date)
FROM child WHERE allocated_worker_id IS NOT NULL;

ALTER TABLE app_user ADD COLUMN social_worker_id text CHECK (social_worker_id ~ '^(SW|XX)[A-Za-z0-9]{1,18}$');
COMMENT ON COLUMN app_user.social_worker_id IS 'The worker''s identifier in the 903 SWEpisodes table (SW_ID, must begin SW or XX: rule SW02STG1), e.g. their social work workforce census id; when null the return uses XX followed by the first ten characters of the user''s id.';
