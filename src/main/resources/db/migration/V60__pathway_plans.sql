-- Pathway plans (issue 6; CPPCR reg 42-43, Care Leavers (England) Regulations 2010): a young person's plan from 16,
-- in eight sections, with goals and actions, the young person's own views, sign-off by a manager and a review date.
-- A plan is a draft, then awaits sign-off, then is signed off and never changes again (the database refuses); a review
-- starts a new plan copied from the last signed-off one, so the signed-off plans are the plan's history.
-- child_id and the user ids carry no foreign key: the child table belongs to the children module and app_user to the
-- access module (as in statutory_activity).

CREATE TABLE pathway_plan (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    status                  text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'AWAITING_SIGN_OFF', 'SIGNED_OFF')),
    copied_from             uuid REFERENCES pathway_plan (id),
    young_person_views      text,
    submitted_by            uuid,
    submitted_at            timestamptz,
    signed_off_by           uuid,
    signed_off_on           date,
    sign_off_comment        text,
    review_due_on           date,
    returned_comment        text,
    version                 integer NOT NULL DEFAULT 0,
    created_by              uuid,
    created_at              timestamptz NOT NULL DEFAULT now(),
    changed_by              uuid,
    changed_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'SIGNED_OFF') = (signed_off_on IS NOT NULL)),
    CHECK (status <> 'SIGNED_OFF' OR (review_due_on IS NOT NULL AND review_due_on > signed_off_on))
);
-- one plan in the making per young person at a time
CREATE UNIQUE INDEX pathway_plan_one_open ON pathway_plan (child_id) WHERE status <> 'SIGNED_OFF';
CREATE INDEX pathway_plan_by_child ON pathway_plan (child_id, status, signed_off_on);
COMMENT ON TABLE pathway_plan IS 'A young person''s pathway plan (CPPCR reg 42-43, CLR): a draft, awaiting sign-off, or signed off by a manager. A signed-off plan is read-only (the database refuses changes); a review is a new plan copied from the last signed-off one.';
COMMENT ON COLUMN pathway_plan.id IS 'Hearth''s identifier for the plan.';
COMMENT ON COLUMN pathway_plan.child_id IS 'The young person (a child record of the children module).';
COMMENT ON COLUMN pathway_plan.status IS 'DRAFT (being written), AWAITING_SIGN_OFF (sent to a manager) or SIGNED_OFF (agreed; never changes again).';
COMMENT ON COLUMN pathway_plan.copied_from IS 'The signed-off plan this one was started from (a review), or null for a first plan.';
COMMENT ON COLUMN pathway_plan.young_person_views IS 'The young person''s own views on the plan as a whole, in their words.';
COMMENT ON COLUMN pathway_plan.submitted_by IS 'Who sent the plan for sign-off (a user of the access module).';
COMMENT ON COLUMN pathway_plan.submitted_at IS 'When it was sent for sign-off.';
COMMENT ON COLUMN pathway_plan.signed_off_by IS 'The manager who signed it off (team manager or head of service, never its author).';
COMMENT ON COLUMN pathway_plan.signed_off_on IS 'The date it was signed off.';
COMMENT ON COLUMN pathway_plan.sign_off_comment IS 'The manager''s comment on signing off.';
COMMENT ON COLUMN pathway_plan.review_due_on IS 'When the plan must be reviewed by: by default the sign-off date plus the local setting timescale.pathway-plan.review (6 months, CPPCR reg 42-43); may be earlier.';
COMMENT ON COLUMN pathway_plan.returned_comment IS 'Why a manager last sent the plan back to draft, if they did.';
COMMENT ON COLUMN pathway_plan.version IS 'Optimistic lock: 0 when started, incremented by every change to the plan, its sections or its actions.';
COMMENT ON COLUMN pathway_plan.created_by IS 'Who started the plan: its author (null for bulk loads by the system).';
COMMENT ON COLUMN pathway_plan.created_at IS 'When it was started.';
COMMENT ON COLUMN pathway_plan.changed_by IS 'Who last changed it.';
COMMENT ON COLUMN pathway_plan.changed_at IS 'When it last changed.';

CREATE TABLE pathway_plan_section (
    plan_id                 uuid NOT NULL REFERENCES pathway_plan (id),
    section                 text NOT NULL CHECK (section IN ('ACCOMMODATION', 'EDUCATION_TRAINING_EMPLOYMENT', 'HEALTH',
                                'MONEY', 'FAMILY_AND_RELATIONSHIPS', 'IDENTITY', 'PRACTICAL_SKILLS', 'CONTINGENCY')),
    assessed_need           text,
    whats_working           text,
    goals                   text,
    young_person_views      text,
    PRIMARY KEY (plan_id, section)
);
COMMENT ON TABLE pathway_plan_section IS 'One section of a pathway plan: the assessed need, what is working, the goals and the young person''s views on it.';
COMMENT ON COLUMN pathway_plan_section.plan_id IS 'The plan.';
COMMENT ON COLUMN pathway_plan_section.section IS 'ACCOMMODATION, EDUCATION_TRAINING_EMPLOYMENT, HEALTH, MONEY, FAMILY_AND_RELATIONSHIPS, IDENTITY, PRACTICAL_SKILLS or CONTINGENCY.';
COMMENT ON COLUMN pathway_plan_section.assessed_need IS 'The assessed need in this area of the young person''s life.';
COMMENT ON COLUMN pathway_plan_section.whats_working IS 'What is working well.';
COMMENT ON COLUMN pathway_plan_section.goals IS 'What the young person and the people around them are aiming for.';
COMMENT ON COLUMN pathway_plan_section.young_person_views IS 'The young person''s own views on this section, in their words (optional).';

CREATE TABLE pathway_plan_action (
    id                      uuid PRIMARY KEY,
    plan_id                 uuid NOT NULL REFERENCES pathway_plan (id),
    section                 text NOT NULL,
    position                integer NOT NULL,
    description             text NOT NULL CHECK (length(trim(description)) > 0),
    owner_id                uuid,
    owner_name              text,
    target_date             date NOT NULL,
    status                  text NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NO_LONGER_NEEDED')),
    CHECK (owner_id IS NOT NULL OR length(trim(coalesce(owner_name, ''))) > 0),
    FOREIGN KEY (plan_id, section) REFERENCES pathway_plan_section (plan_id, section)
);
CREATE INDEX pathway_plan_action_by_plan ON pathway_plan_action (plan_id, section, position);
COMMENT ON TABLE pathway_plan_action IS 'An action of a pathway plan section: what will be done, by whom, by when, and how far it has got.';
COMMENT ON COLUMN pathway_plan_action.id IS 'Hearth''s identifier for the action.';
COMMENT ON COLUMN pathway_plan_action.plan_id IS 'The plan.';
COMMENT ON COLUMN pathway_plan_action.section IS 'The section it belongs to.';
COMMENT ON COLUMN pathway_plan_action.position IS 'Its place in the section''s list, from 0.';
COMMENT ON COLUMN pathway_plan_action.description IS 'What will be done.';
COMMENT ON COLUMN pathway_plan_action.owner_id IS 'Who will do it, when a Hearth user (a user of the access module).';
COMMENT ON COLUMN pathway_plan_action.owner_name IS 'Who will do it, in words, when not a Hearth user (the young person, a carer, a college...).';
COMMENT ON COLUMN pathway_plan_action.target_date IS 'When it should be done by.';
COMMENT ON COLUMN pathway_plan_action.status IS 'NOT_STARTED, IN_PROGRESS, DONE or NO_LONGER_NEEDED.';

-- A signed-off plan, its sections and its actions never change: the history of plans stays as it was agreed.
CREATE FUNCTION pathway_plan_signed_off_is_final() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'pathway_plan' THEN
        IF OLD.status = 'SIGNED_OFF' THEN
            RAISE EXCEPTION 'pathway plan % is signed off and can no longer change', OLD.id;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.version <> OLD.version + 1 THEN
            RAISE EXCEPTION 'pathway plan % must move from version % to %', OLD.id, OLD.version, OLD.version + 1;
        END IF;
    ELSIF EXISTS (SELECT 1 FROM pathway_plan p WHERE p.id = OLD.plan_id AND p.status = 'SIGNED_OFF') THEN
        RAISE EXCEPTION 'pathway plan % is signed off and can no longer change', OLD.plan_id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER pathway_plan_final BEFORE UPDATE OR DELETE ON pathway_plan
    FOR EACH ROW EXECUTE FUNCTION pathway_plan_signed_off_is_final();
CREATE TRIGGER pathway_plan_section_final BEFORE UPDATE OR DELETE ON pathway_plan_section
    FOR EACH ROW EXECUTE FUNCTION pathway_plan_signed_off_is_final();
CREATE TRIGGER pathway_plan_action_final BEFORE UPDATE OR DELETE ON pathway_plan_action
    FOR EACH ROW EXECUTE FUNCTION pathway_plan_signed_off_is_final();

-- Plans are never deleted; a draft's actions are rewritten when a section is saved.
REVOKE DELETE, TRUNCATE ON pathway_plan, pathway_plan_section FROM ${appRole};
REVOKE TRUNCATE ON pathway_plan_action FROM ${appRole};
