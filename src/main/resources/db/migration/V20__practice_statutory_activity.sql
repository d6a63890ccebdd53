-- Statutory activity recorded per child (issue 5): visits, reviews, health, education and care plans, pathway
-- planning and personal adviser contacts. One table for every kind, with the kind's own fields in a JSON object
-- whose shape Hearth checks per kind (docs/adr/0006-statutory-activity-records.md). Nothing is deleted: a correction
-- is a new version, and the database itself keeps every earlier version, so no code path can change one silently.
-- child_id carries no foreign key: the child table belongs to the children module (as in chronology_entry).

CREATE TABLE statutory_activity (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    kind                    text NOT NULL CHECK (kind IN ('VISIT', 'REVIEW', 'HEALTH_ASSESSMENT', 'DENTAL_CHECK',
                                'IMMUNISATIONS', 'DEVELOPMENT_CHECK', 'SDQ', 'SUBSTANCE_MISUSE',
                                'PERSONAL_EDUCATION_PLAN', 'CARE_PLAN', 'NEEDS_ASSESSMENT', 'PATHWAY_PLAN_REVIEW',
                                'PERSONAL_ADVISER_CONTACT')),
    activity_date           date NOT NULL,
    details                 jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
    entered_in_error        boolean NOT NULL DEFAULT false,
    entered_in_error_reason text,
    version                 integer NOT NULL DEFAULT 0,
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now(),
    changed_by              uuid,
    changed_at              timestamptz NOT NULL DEFAULT now(),
    CHECK (entered_in_error = (length(trim(coalesce(entered_in_error_reason, ''))) > 0))
);
-- a child's history by kind and date (pages, the API) and every child's history in child order (the drift engine)
CREATE INDEX statutory_activity_by_child ON statutory_activity (child_id, kind, activity_date);
COMMENT ON TABLE statutory_activity IS 'Statutory activity recorded for a child as it stands now: one row per visit, review, health assessment, dental check, immunisation status, development check, SDQ, substance misuse record, PEP, care plan, needs assessment, pathway plan review or personal adviser contact. Earlier versions are in statutory_activity_version.';
COMMENT ON COLUMN statutory_activity.id IS 'Hearth''s identifier for the activity.';
COMMENT ON COLUMN statutory_activity.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN statutory_activity.kind IS 'What kind of activity: VISIT, REVIEW, HEALTH_ASSESSMENT, DENTAL_CHECK, IMMUNISATIONS, DEVELOPMENT_CHECK, SDQ, SUBSTANCE_MISUSE, PERSONAL_EDUCATION_PLAN, CARE_PLAN, NEEDS_ASSESSMENT, PATHWAY_PLAN_REVIEW, PERSONAL_ADVISER_CONTACT.';
COMMENT ON COLUMN statutory_activity.activity_date IS 'When it happened (not when it was typed): drives due dates (../shared/docs/domain.md, statutory timescales) and the 903 Reviews and OC2 items.';
COMMENT ON COLUMN statutory_activity.details IS 'The kind''s own fields, checked by Hearth per kind (e.g. a visit''s seen, notSeenReason, location; a review''s participation REVIEW_CODE; an SDQ score or SDQ_REASON). Numbers and yes/no answers are JSON numbers and booleans.';
COMMENT ON COLUMN statutory_activity.entered_in_error IS 'True when the record was made in error (wrong child, never happened): kept, but left out of histories, due dates and returns.';
COMMENT ON COLUMN statutory_activity.entered_in_error_reason IS 'Why it was marked as recorded in error; present exactly when entered_in_error.';
COMMENT ON COLUMN statutory_activity.version IS 'Optimistic lock: 0 when recorded, incremented by every correction.';
COMMENT ON COLUMN statutory_activity.recorded_by IS 'Who first recorded it (null for bulk loads by the system).';
COMMENT ON COLUMN statutory_activity.recorded_at IS 'When it was first recorded.';
COMMENT ON COLUMN statutory_activity.changed_by IS 'Who wrote this version: the recorder, or whoever last corrected it.';
COMMENT ON COLUMN statutory_activity.changed_at IS 'When this version was written.';

CREATE TABLE statutory_activity_version (
    activity_id             uuid NOT NULL REFERENCES statutory_activity (id),
    version                 integer NOT NULL,
    activity_date           date NOT NULL,
    details                 jsonb NOT NULL,
    entered_in_error        boolean NOT NULL,
    entered_in_error_reason text,
    changed_by              uuid,
    changed_at              timestamptz NOT NULL,
    superseded_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (activity_id, version)
);
COMMENT ON TABLE statutory_activity_version IS 'Every earlier version of a statutory activity, written by the database when the activity is corrected. Append-only.';
COMMENT ON COLUMN statutory_activity_version.activity_id IS 'The activity this was a version of.';
COMMENT ON COLUMN statutory_activity_version.version IS 'Its version number.';
COMMENT ON COLUMN statutory_activity_version.activity_date IS 'The date it gave.';
COMMENT ON COLUMN statutory_activity_version.details IS 'The details it gave.';
COMMENT ON COLUMN statutory_activity_version.entered_in_error IS 'Whether it was marked as recorded in error.';
COMMENT ON COLUMN statutory_activity_version.entered_in_error_reason IS 'Why, if so.';
COMMENT ON COLUMN statutory_activity_version.changed_by IS 'Who wrote that version.';
COMMENT ON COLUMN statutory_activity_version.changed_at IS 'When that version was written.';
COMMENT ON COLUMN statutory_activity_version.superseded_at IS 'When a correction replaced it.';

CREATE FUNCTION keep_statutory_activity_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version <> OLD.version + 1 THEN
        RAISE EXCEPTION 'statutory_activity % must move from version % to %', OLD.id, OLD.version, OLD.version + 1;
    END IF;
    IF NEW.id <> OLD.id OR NEW.child_id <> OLD.child_id OR NEW.kind <> OLD.kind
            OR NEW.recorded_at <> OLD.recorded_at OR NEW.recorded_by IS DISTINCT FROM OLD.recorded_by THEN
        RAISE EXCEPTION 'statutory_activity %: the child, kind and first recording never change', OLD.id;
    END IF;
    INSERT INTO statutory_activity_version (activity_id, version, activity_date, details, entered_in_error,
                                            entered_in_error_reason, changed_by, changed_at)
    VALUES (OLD.id, OLD.version, OLD.activity_date, OLD.details, OLD.entered_in_error, OLD.entered_in_error_reason,
            OLD.changed_by, OLD.changed_at);
    RETURN NEW;
END;
$$;
CREATE TRIGGER statutory_activity_keeps_versions
    BEFORE UPDATE ON statutory_activity
    FOR EACH ROW EXECUTE FUNCTION keep_statutory_activity_version();

-- The application records and corrects activity, never deletes it; versions are history.
REVOKE DELETE, TRUNCATE ON statutory_activity FROM ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON statutory_activity_version FROM ${appRole};

-- 903 OC2 SDQ_REASON (../shared/docs/903.md section 2.5, rule 196; meanings from SSD ssd_sdq_scores.yml).
INSERT INTO code_list_entry (field, code, description, first_year, last_year) VALUES
    ('SDQ_REASON', 'SDQ1', 'No form returned as child was aged under 4 or over 16 at the date of latest assessment', 2017, NULL),
    ('SDQ_REASON', 'SDQ2', 'Carer(s) refused to complete and return questionnaire', 2017, NULL),
    ('SDQ_REASON', 'SDQ3', 'Not possible to complete the questionnaire due to severity of the child''s disability', 2017, NULL),
    ('SDQ_REASON', 'SDQ4', 'Other', 2017, NULL),
    ('SDQ_REASON', 'SDQ5', 'Child or young person refuses to allow an SDQ to be completed', 2017, NULL);
COMMENT ON COLUMN code_list_entry.field IS 'The 903 field the list belongs to (SEX, ETHNIC, RNE, LS, CIN, PLACE, PLACE_PROVIDER, REC, REASON_PLACE_CHANGE, REVIEW_CODE, SDQ_REASON).';
