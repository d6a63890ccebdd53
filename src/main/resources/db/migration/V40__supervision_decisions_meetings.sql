-- Supervision, decisions and meetings (issue 5): case supervision of a child and one-to-one supervision of a worker
-- with reflective sections; each child's decision log; meetings with the child's participation; each worker's
-- supervision arrangement (newly qualified or not) for the drift engine.
-- child_id and the user ids carry no foreign key: the child table belongs to the children module and app_user to the
-- access module (as in statutory_activity). Sessions and meetings are written once; decisions and arrangements change
-- only through a new version, and the database keeps every earlier one. Nothing is deleted.

CREATE TABLE supervision_session (
    id                      uuid PRIMARY KEY,
    kind                    text NOT NULL CHECK (kind IN ('CASE', 'ONE_TO_ONE')),
    child_id                uuid,
    session_date            date NOT NULL,
    duration_minutes        integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    supervisor_id           uuid NOT NULL,
    supervisee_id           uuid NOT NULL,
    team_id                 uuid,
    reflective_model        text NOT NULL CHECK (reflective_model IN ('KOLB_4X4X4', 'SIGNS_OF_SAFETY')),
    sections                jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(sections) = 'object'),
    safety_scale            integer CHECK (safety_scale BETWEEN 0 AND 10),
    fewest_words            integer NOT NULL CHECK (fewest_words >= 0),
    minimum_words           integer NOT NULL CHECK (minimum_words >= 0),
    reflective_recorded     boolean NOT NULL,
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'CASE') = (child_id IS NOT NULL)),
    CHECK (reflective_recorded = (fewest_words >= minimum_words)),
    CHECK (safety_scale IS NULL OR reflective_model = 'SIGNS_OF_SAFETY')
);
CREATE INDEX supervision_session_by_child ON supervision_session (child_id, session_date) WHERE child_id IS NOT NULL;
CREATE INDEX supervision_session_by_team ON supervision_session (team_id, session_date);
CREATE INDEX supervision_session_by_supervisee ON supervision_session (supervisee_id, kind, session_date);
COMMENT ON TABLE supervision_session IS 'A supervision session as recorded: case supervision of one child (kind CASE) or a one-to-one supervision of a worker (ONE_TO_ONE) listing the children discussed in supervision_session_child. Written once, never changed or deleted.';
COMMENT ON COLUMN supervision_session.id IS 'Hearth''s identifier for the session.';
COMMENT ON COLUMN supervision_session.kind IS 'CASE: supervision of one child''s case, recorded on the child; ONE_TO_ONE: a worker''s own supervision.';
COMMENT ON COLUMN supervision_session.child_id IS 'The child whose case was supervised (kind CASE only; a child record of the children module).';
COMMENT ON COLUMN supervision_session.session_date IS 'When the session took place (not when it was typed).';
COMMENT ON COLUMN supervision_session.duration_minutes IS 'How long it lasted, in minutes (the LGA standard asks for at least 90 a month).';
COMMENT ON COLUMN supervision_session.supervisor_id IS 'The supervisor (a user of the access module), normally the supervisee''s team manager.';
COMMENT ON COLUMN supervision_session.supervisee_id IS 'The worker supervised (a user of the access module).';
COMMENT ON COLUMN supervision_session.team_id IS 'The team the session counts for in the reflective-supervision rate: the child''s responsible team (CASE) or the supervisee''s team shared with the supervisor (ONE_TO_ONE), as it was when recorded.';
COMMENT ON COLUMN supervision_session.reflective_model IS 'The reflective recording model used (local setting supervision.reflective-model at the time): KOLB_4X4X4 (what happened, reflection, analysis, action plan) or SIGNS_OF_SAFETY (worries, working well, what needs to happen, scale).';
COMMENT ON COLUMN supervision_session.sections IS 'The reflective sections as typed, a JSON object of text by section name for the model (e.g. experience, reflection, analysis, actionPlan).';
COMMENT ON COLUMN supervision_session.safety_scale IS 'Signs of Safety scaling question, 0 (the worst) to 10 (safe enough to close); null for other models.';
COMMENT ON COLUMN supervision_session.fewest_words IS 'Words in the shortest reflective section (0 when one is empty).';
COMMENT ON COLUMN supervision_session.minimum_words IS 'The minimum words per section in force on the session date (local setting supervision.reflective.minimum-words), kept so the measure can always be explained.';
COMMENT ON COLUMN supervision_session.reflective_recorded IS 'True when every reflective section has at least minimum_words words: the session counts as "reflective discussion recorded" (docs/adr/0007).';
COMMENT ON COLUMN supervision_session.recorded_by IS 'Who recorded it (null for bulk loads by the system).';
COMMENT ON COLUMN supervision_session.recorded_at IS 'When it was recorded.';

CREATE TABLE supervision_session_child (
    session_id              uuid NOT NULL REFERENCES supervision_session (id),
    child_id                uuid NOT NULL,
    PRIMARY KEY (session_id, child_id)
);
CREATE INDEX supervision_session_child_by_child ON supervision_session_child (child_id);
COMMENT ON TABLE supervision_session_child IS 'The children discussed in a session: the one child of a case supervision, or those named in a one-to-one.';
COMMENT ON COLUMN supervision_session_child.session_id IS 'The session.';
COMMENT ON COLUMN supervision_session_child.child_id IS 'A child discussed (a child record of the children module).';

CREATE TABLE decision (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    what                    text NOT NULL CHECK (length(trim(what)) > 0),
    why                     text,
    decided_by              text NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_on              date NOT NULL,
    owner_id                uuid,
    due_by                  date,
    status                  text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'SUPERSEDED')),
    status_note             text,
    status_changed_by       uuid,
    status_changed_at       timestamptz,
    source                  text NOT NULL CHECK (source IN ('MANUAL', 'SUPERVISION')),
    session_id              uuid REFERENCES supervision_session (id),
    version                 integer NOT NULL DEFAULT 0,
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now(),
    CHECK ((source = 'SUPERVISION') = (session_id IS NOT NULL)),
    CHECK ((status = 'OPEN') = (status_changed_at IS NULL))
);
CREATE INDEX decision_by_child ON decision (child_id, status, due_by);
COMMENT ON TABLE decision IS 'A child''s decision log: what was decided, by whom, why, by when, and whether it is open, done or superseded. Actions from a supervision session arrive here with source SUPERVISION. Earlier versions are in decision_version.';
COMMENT ON COLUMN decision.id IS 'Hearth''s identifier for the decision.';
COMMENT ON COLUMN decision.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN decision.what IS 'What was decided, or the action to be taken.';
COMMENT ON COLUMN decision.why IS 'Why: the reasoning, in the child''s interests.';
COMMENT ON COLUMN decision.decided_by IS 'Who decided, in words (a person and role, a panel, a review, a court).';
COMMENT ON COLUMN decision.decided_on IS 'When it was decided.';
COMMENT ON COLUMN decision.owner_id IS 'Who must carry it out (a user of the access module), if anyone is named.';
COMMENT ON COLUMN decision.due_by IS 'When it must be done by, if a date was set: an open decision past this date is overdue.';
COMMENT ON COLUMN decision.status IS 'OPEN, DONE or SUPERSEDED (replaced by a later decision). Only an open decision changes status.';
COMMENT ON COLUMN decision.status_note IS 'What was done, or what superseded it.';
COMMENT ON COLUMN decision.status_changed_by IS 'Who marked it done or superseded.';
COMMENT ON COLUMN decision.status_changed_at IS 'When it was marked done or superseded (null while open).';
COMMENT ON COLUMN decision.source IS 'MANUAL (entered in the decision log) or SUPERVISION (an action from a supervision session).';
COMMENT ON COLUMN decision.session_id IS 'The supervision session it came from (source SUPERVISION).';
COMMENT ON COLUMN decision.version IS 'Optimistic lock: 0 when recorded, incremented by every change.';
COMMENT ON COLUMN decision.recorded_by IS 'Who recorded it (null for bulk loads by the system).';
COMMENT ON COLUMN decision.recorded_at IS 'When it was recorded.';

CREATE TABLE decision_version (
    decision_id             uuid NOT NULL REFERENCES decision (id),
    version                 integer NOT NULL,
    status                  text NOT NULL,
    status_note             text,
    status_changed_by       uuid,
    status_changed_at       timestamptz,
    due_by                  date,
    superseded_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (decision_id, version)
);
COMMENT ON TABLE decision_version IS 'Every earlier version of a decision, written by the database when the decision changes. Append-only.';
COMMENT ON COLUMN decision_version.decision_id IS 'The decision this was a version of.';
COMMENT ON COLUMN decision_version.version IS 'Its version number.';
COMMENT ON COLUMN decision_version.status IS 'The status it had.';
COMMENT ON COLUMN decision_version.status_note IS 'The status note it had.';
COMMENT ON COLUMN decision_version.status_changed_by IS 'Who had last changed its status.';
COMMENT ON COLUMN decision_version.status_changed_at IS 'When its status had last changed.';
COMMENT ON COLUMN decision_version.due_by IS 'The due date it had.';
COMMENT ON COLUMN decision_version.superseded_at IS 'When a change replaced this version.';

CREATE FUNCTION keep_decision_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version <> OLD.version + 1 THEN
        RAISE EXCEPTION 'decision % must move from version % to %', OLD.id, OLD.version, OLD.version + 1;
    END IF;
    IF NEW.id <> OLD.id OR NEW.child_id <> OLD.child_id OR NEW.what <> OLD.what OR NEW.decided_by <> OLD.decided_by
            OR NEW.decided_on <> OLD.decided_on OR NEW.source <> OLD.source
            OR NEW.session_id IS DISTINCT FROM OLD.session_id OR NEW.recorded_at <> OLD.recorded_at
            OR NEW.recorded_by IS DISTINCT FROM OLD.recorded_by THEN
        RAISE EXCEPTION 'decision %: what was decided, by whom and when never change', OLD.id;
    END IF;
    IF OLD.status <> 'OPEN' THEN
        RAISE EXCEPTION 'decision % is % and can no longer change', OLD.id, OLD.status;
    END IF;
    INSERT INTO decision_version (decision_id, version, status, status_note, status_changed_by, status_changed_at,
                                  due_by)
    VALUES (OLD.id, OLD.version, OLD.status, OLD.status_note, OLD.status_changed_by, OLD.status_changed_at,
            OLD.due_by);
    RETURN NEW;
END;
$$;
CREATE TRIGGER decision_keeps_versions
    BEFORE UPDATE ON decision
    FOR EACH ROW EXECUTE FUNCTION keep_decision_version();

CREATE TABLE meeting (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    meeting_date            date NOT NULL,
    kind                    text NOT NULL CHECK (kind IN ('REVIEW', 'STRATEGY', 'PROFESSIONALS', 'PEP',
                                'PATHWAY_PLAN_REVIEW', 'FAMILY_TIME_PLANNING', 'OTHER')),
    kind_other              text,
    attendees               text NOT NULL CHECK (length(trim(attendees)) > 0),
    participation           text NOT NULL CHECK (participation IN ('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6',
                                'PN7')),
    notes                   text,
    team_id                 uuid,
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'OTHER') = (length(trim(coalesce(kind_other, ''))) > 0))
);
CREATE INDEX meeting_by_child ON meeting (child_id, meeting_date);
CREATE INDEX meeting_by_team ON meeting (team_id, meeting_date);
COMMENT ON TABLE meeting IS 'A meeting about a child and how the child took part. Written once, never changed or deleted.';
COMMENT ON COLUMN meeting.id IS 'Hearth''s identifier for the meeting.';
COMMENT ON COLUMN meeting.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN meeting.meeting_date IS 'When the meeting was held.';
COMMENT ON COLUMN meeting.kind IS 'REVIEW (looked-after review), STRATEGY, PROFESSIONALS, PEP, PATHWAY_PLAN_REVIEW, FAMILY_TIME_PLANNING or OTHER.';
COMMENT ON COLUMN meeting.kind_other IS 'What kind of meeting, in words, when kind is OTHER.';
COMMENT ON COLUMN meeting.attendees IS 'Who attended, as typed.';
COMMENT ON COLUMN meeting.participation IS 'How the child took part, as the 903 Reviews REVIEW_CODE (PN0 under 4; PN1 attended and spoke for self; PN2 attended, advocate spoke; PN3 attended, views non-verbally; PN4 attended, did not contribute; PN5 did not attend, briefed an advocate; PN6 did not attend, views by another medium; PN7 did not take part and views not conveyed). For a review it is the REVIEW_CODE itself; for other meetings the same scale.';
COMMENT ON COLUMN meeting.notes IS 'Anything else worth keeping about the meeting.';
COMMENT ON COLUMN meeting.team_id IS 'The child''s responsible team when the meeting was recorded, for the participation report.';
COMMENT ON COLUMN meeting.recorded_by IS 'Who recorded it (null for bulk loads by the system).';
COMMENT ON COLUMN meeting.recorded_at IS 'When it was recorded.';

CREATE TABLE supervision_arrangement (
    worker_id               uuid PRIMARY KEY,
    newly_qualified_since   date,
    version                 integer NOT NULL DEFAULT 0,
    changed_by              uuid,
    changed_at              timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE supervision_arrangement IS 'A worker''s supervision arrangement, set by their team manager. A worker with no row is supervised at the standard interval. Earlier versions are in supervision_arrangement_version.';
COMMENT ON COLUMN supervision_arrangement.worker_id IS 'The worker (a user of the access module).';
COMMENT ON COLUMN supervision_arrangement.newly_qualified_since IS 'When the worker started practice as newly qualified: supervision weekly for the first 6 weeks, then fortnightly to 6 months (LGA Employer Standards 2020; local settings). Null when not newly qualified.';
COMMENT ON COLUMN supervision_arrangement.version IS 'Optimistic lock: 0 when first set, incremented by every change.';
COMMENT ON COLUMN supervision_arrangement.changed_by IS 'Who set this version.';
COMMENT ON COLUMN supervision_arrangement.changed_at IS 'When this version was set.';

CREATE TABLE supervision_arrangement_version (
    worker_id               uuid NOT NULL REFERENCES supervision_arrangement (worker_id),
    version                 integer NOT NULL,
    newly_qualified_since   date,
    changed_by              uuid,
    changed_at              timestamptz NOT NULL,
    superseded_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (worker_id, version)
);
COMMENT ON TABLE supervision_arrangement_version IS 'Every earlier version of a worker''s supervision arrangement, written by the database. Append-only.';
COMMENT ON COLUMN supervision_arrangement_version.worker_id IS 'The worker.';
COMMENT ON COLUMN supervision_arrangement_version.version IS 'Its version number.';
COMMENT ON COLUMN supervision_arrangement_version.newly_qualified_since IS 'The newly-qualified start date it gave.';
COMMENT ON COLUMN supervision_arrangement_version.changed_by IS 'Who set that version.';
COMMENT ON COLUMN supervision_arrangement_version.changed_at IS 'When that version was set.';
COMMENT ON COLUMN supervision_arrangement_version.superseded_at IS 'When a change replaced it.';

CREATE FUNCTION keep_supervision_arrangement_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version <> OLD.version + 1 OR NEW.worker_id <> OLD.worker_id THEN
        RAISE EXCEPTION 'supervision_arrangement % must move from version % to %', OLD.worker_id, OLD.version,
            OLD.version + 1;
    END IF;
    INSERT INTO supervision_arrangement_version (worker_id, version, newly_qualified_since, changed_by, changed_at)
    VALUES (OLD.worker_id, OLD.version, OLD.newly_qualified_since, OLD.changed_by, OLD.changed_at);
    RETURN NEW;
END;
$$;
CREATE TRIGGER supervision_arrangement_keeps_versions
    BEFORE UPDATE ON supervision_arrangement
    FOR EACH ROW EXECUTE FUNCTION keep_supervision_arrangement_version();

-- Sessions and meetings are written once; decisions and arrangements change by versions; nothing is deleted.
REVOKE UPDATE, DELETE, TRUNCATE ON supervision_session, supervision_session_child, meeting FROM ${appRole};
REVOKE DELETE, TRUNCATE ON decision, supervision_arrangement FROM ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON decision_version, supervision_arrangement_version FROM ${appRole};
