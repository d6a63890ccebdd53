-- Action plans (issue 6): for a young person who needs support, produced by the youth support worker and the key
-- worker, recorded and monitored by the key worker and a manager. Actions with an owner and a due date, dated
-- progress notes, a manager's sign-off and monitoring notes, and a closing summary. Nothing is deleted.
-- child_id and the user ids carry no foreign key (the children and access modules own those tables).

CREATE TABLE action_plan (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    purpose                 text NOT NULL CHECK (length(trim(purpose)) > 0),
    started_on              date NOT NULL,
    status                  text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    agreed_by               uuid,
    agreed_on               date,
    agreed_comment          text,
    closed_by               uuid,
    closed_on               date,
    closing_summary         text,
    version                 integer NOT NULL DEFAULT 0,
    created_by              uuid,
    created_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((agreed_by IS NULL) = (agreed_on IS NULL)),
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
    CHECK (status = 'OPEN' OR length(trim(coalesce(closing_summary, ''))) > 0)
);
CREATE INDEX action_plan_by_child ON action_plan (child_id, status);
CREATE INDEX action_plan_open ON action_plan (child_id) WHERE status = 'OPEN';
COMMENT ON TABLE action_plan IS 'An action plan for a young person who needs support (issue 6): what the support is for, agreed by a manager, open until closed with a summary.';
COMMENT ON COLUMN action_plan.id IS 'Hearth''s identifier for the plan.';
COMMENT ON COLUMN action_plan.child_id IS 'The young person (a child record of the children module).';
COMMENT ON COLUMN action_plan.purpose IS 'What the support is for.';
COMMENT ON COLUMN action_plan.started_on IS 'When the plan was made.';
COMMENT ON COLUMN action_plan.status IS 'OPEN or CLOSED.';
COMMENT ON COLUMN action_plan.agreed_by IS 'The manager who signed the plan off (agreed it), a user of the access module; null while awaiting sign-off.';
COMMENT ON COLUMN action_plan.agreed_on IS 'When the manager agreed it.';
COMMENT ON COLUMN action_plan.agreed_comment IS 'The manager''s comment on agreeing it.';
COMMENT ON COLUMN action_plan.closed_by IS 'Who closed it.';
COMMENT ON COLUMN action_plan.closed_on IS 'When it was closed.';
COMMENT ON COLUMN action_plan.closing_summary IS 'What was achieved and why the plan closed.';
COMMENT ON COLUMN action_plan.version IS 'Optimistic lock: 0 when made, incremented by every change to the plan or its actions.';
COMMENT ON COLUMN action_plan.created_by IS 'Who recorded it (null for bulk loads by the system).';
COMMENT ON COLUMN action_plan.created_at IS 'When it was recorded.';

CREATE TABLE action_plan_action (
    id                      uuid PRIMARY KEY,
    plan_id                 uuid NOT NULL REFERENCES action_plan (id),
    position                integer NOT NULL,
    description             text NOT NULL CHECK (length(trim(description)) > 0),
    owner_role              text NOT NULL CHECK (owner_role IN ('KEY_WORKER', 'YOUTH_SUPPORT_WORKER', 'PERSONAL_ADVISER',
                                'PARTNER')),
    owner_name              text NOT NULL CHECK (length(trim(owner_name)) > 0),
    due_on                  date NOT NULL,
    status                  text NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE',
                                'NO_LONGER_NEEDED')),
    status_changed_on       date,
    status_changed_by       uuid,
    created_by              uuid,
    created_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX action_plan_action_by_plan ON action_plan_action (plan_id, position);
COMMENT ON TABLE action_plan_action IS 'An action of an action plan: what, who (their role and name or organisation), by when, and its status.';
COMMENT ON COLUMN action_plan_action.id IS 'Hearth''s identifier for the action.';
COMMENT ON COLUMN action_plan_action.plan_id IS 'The plan.';
COMMENT ON COLUMN action_plan_action.position IS 'Its place in the plan''s list, from 0.';
COMMENT ON COLUMN action_plan_action.description IS 'What will be done.';
COMMENT ON COLUMN action_plan_action.owner_role IS 'Who owns it: KEY_WORKER, YOUTH_SUPPORT_WORKER, PERSONAL_ADVISER or PARTNER (another agency).';
COMMENT ON COLUMN action_plan_action.owner_name IS 'The owner''s name, or the partner organisation.';
COMMENT ON COLUMN action_plan_action.due_on IS 'When it is due: an action not done or no longer needed past this date is overdue.';
COMMENT ON COLUMN action_plan_action.status IS 'NOT_STARTED, IN_PROGRESS, DONE or NO_LONGER_NEEDED.';
COMMENT ON COLUMN action_plan_action.status_changed_on IS 'When its status last changed.';
COMMENT ON COLUMN action_plan_action.status_changed_by IS 'Who last changed its status.';
COMMENT ON COLUMN action_plan_action.created_by IS 'Who added it.';
COMMENT ON COLUMN action_plan_action.created_at IS 'When it was added.';

CREATE TABLE action_plan_note (
    id                      uuid PRIMARY KEY,
    plan_id                 uuid NOT NULL REFERENCES action_plan (id),
    kind                    text NOT NULL CHECK (kind IN ('PROGRESS', 'MONITORING')),
    note_date               date NOT NULL,
    note                    text NOT NULL CHECK (length(trim(note)) > 0),
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX action_plan_note_by_plan ON action_plan_note (plan_id, kind, note_date);
COMMENT ON TABLE action_plan_note IS 'Dated notes on an action plan: PROGRESS (what has happened, by the key worker or youth support worker) and MONITORING (a manager''s review of the plan). Written once.';
COMMENT ON COLUMN action_plan_note.id IS 'Hearth''s identifier for the note.';
COMMENT ON COLUMN action_plan_note.plan_id IS 'The plan.';
COMMENT ON COLUMN action_plan_note.kind IS 'PROGRESS or MONITORING.';
COMMENT ON COLUMN action_plan_note.note_date IS 'The date the note is about (not when it was typed).';
COMMENT ON COLUMN action_plan_note.note IS 'The note.';
COMMENT ON COLUMN action_plan_note.recorded_by IS 'Who wrote it (null for bulk loads by the system).';
COMMENT ON COLUMN action_plan_note.recorded_at IS 'When it was recorded.';

-- A closed plan and its actions no longer change.
CREATE FUNCTION action_plan_closed_is_final() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'action_plan' THEN
        IF OLD.status = 'CLOSED' THEN
            RAISE EXCEPTION 'action plan % is closed and can no longer change', OLD.id;
        END IF;
        IF NEW.version <> OLD.version + 1 THEN
            RAISE EXCEPTION 'action plan % must move from version % to %', OLD.id, OLD.version, OLD.version + 1;
        END IF;
    ELSIF EXISTS (SELECT 1 FROM action_plan p WHERE p.id = OLD.plan_id AND p.status = 'CLOSED') THEN
        RAISE EXCEPTION 'action plan % is closed and can no longer change', OLD.plan_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER action_plan_final BEFORE UPDATE ON action_plan
    FOR EACH ROW EXECUTE FUNCTION action_plan_closed_is_final();
CREATE TRIGGER action_plan_action_final BEFORE UPDATE ON action_plan_action
    FOR EACH ROW EXECUTE FUNCTION action_plan_closed_is_final();

REVOKE DELETE, TRUNCATE ON action_plan, action_plan_action FROM ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON action_plan_note FROM ${appRole};
