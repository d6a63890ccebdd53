-- The chronology (issue 4): one freestanding chronology per child. Entries are never deleted; every change to an
-- entry is kept as a version, written by the database itself so that no code path can change an entry silently.
-- child_id columns carry no foreign key: the child table belongs to the children module (as in
-- restricted_record_access), and the chronology follows it through events.

CREATE TABLE chronology_entry (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    seq                     bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    event_date              date NOT NULL,
    date_precision          text NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    event_time              time,
    category                text NOT NULL CHECK (category IN ('CARE_AND_PLACEMENT', 'LEGAL', 'HEALTH', 'EDUCATION',
                                'FAMILY_AND_RELATIONSHIPS', 'SAFEGUARDING_AND_RISK', 'MISSING',
                                'MEETINGS_AND_REVIEWS', 'DECISIONS', 'LIFE_STORY', 'ACHIEVEMENT', 'OTHER')),
    significance            text NOT NULL CHECK (significance IN ('KEY_EVENT', 'OTHER')),
    title                   text NOT NULL CHECK (length(trim(title)) > 0),
    description             text,
    source                  text,
    action_taken            text,
    impact                  text,
    automatic               boolean NOT NULL,
    origin_key              text,
    source_record_type      text,
    source_record_id        uuid,
    suitable_to_share       boolean NOT NULL DEFAULT false,
    third_party             boolean NOT NULL DEFAULT false,
    entered_in_error        boolean NOT NULL DEFAULT false,
    version                 integer NOT NULL DEFAULT 1,
    recorded_by             uuid,
    recorded_by_name        text NOT NULL,
    recorded_at             timestamptz NOT NULL DEFAULT now(),
    changed_by              uuid,
    changed_by_name         text NOT NULL,
    changed_at              timestamptz NOT NULL DEFAULT now(),
    change_kind             text NOT NULL CHECK (change_kind IN ('RECORDED', 'AMENDED', 'SOURCE_CORRECTED',
                                'ENTERED_IN_ERROR')),
    change_reason           text,
    CHECK (change_kind = 'RECORDED' OR length(trim(coalesce(change_reason, ''))) > 0),
    CHECK (automatic = (origin_key IS NOT NULL))
);
-- An event delivered twice (a resubmitted publication, or a replayed demo history) adds its entry once; an entry
-- whose source was undone no longer holds its key, so the same change recorded again gets a fresh entry.
CREATE UNIQUE INDEX chronology_entry_once_per_origin ON chronology_entry (origin_key) WHERE NOT entered_in_error;
CREATE INDEX chronology_entry_by_child ON chronology_entry (child_id, event_date, event_time, seq);
-- Counting a child's current entries (and key events) from the index alone: a page says how many there are.
CREATE INDEX chronology_entry_current_by_child ON chronology_entry (child_id, significance, category, event_date)
    WHERE NOT entered_in_error;
-- Text search in a chronology of thousands of entries, typo-free but anywhere in the text (trigrams, as child search).
CREATE INDEX chronology_entry_text ON chronology_entry USING gin ((title || ' ' || coalesce(description, '') || ' '
    || coalesce(source, '') || ' ' || coalesce(action_taken, '') || ' ' || coalesce(impact, '')) gin_trgm_ops);
CREATE INDEX chronology_entry_by_source_record ON chronology_entry (source_record_id);
COMMENT ON TABLE chronology_entry IS 'An entry in a child''s chronology as it stands now: an event in the child''s life, recorded automatically from another module''s event or by hand. Every version is kept in chronology_entry_version.';
COMMENT ON COLUMN chronology_entry.id IS 'Hearth''s identifier for the entry.';
COMMENT ON COLUMN chronology_entry.child_id IS 'The child whose chronology this is (a child record of the children module).';
COMMENT ON COLUMN chronology_entry.seq IS 'Order in which entries were added: breaks ties between entries on the same date.';
COMMENT ON COLUMN chronology_entry.event_date IS 'When the event happened (not when it was typed); the first day of the month or year when only that is known.';
COMMENT ON COLUMN chronology_entry.date_precision IS 'How much of event_date is known: the exact day, the month only, or the year only.';
COMMENT ON COLUMN chronology_entry.event_time IS 'Time of day of the event, when known.';
COMMENT ON COLUMN chronology_entry.category IS 'What the event is about: care and placement, legal, health, education, family and relationships, safeguarding and risk, missing, meetings and reviews, decisions, life story, achievement, other.';
COMMENT ON COLUMN chronology_entry.significance IS 'Key event, or other.';
COMMENT ON COLUMN chronology_entry.title IS 'Short factual title of the event.';
COMMENT ON COLUMN chronology_entry.description IS 'What happened.';
COMMENT ON COLUMN chronology_entry.source IS 'Where the information came from: a person, agency or document.';
COMMENT ON COLUMN chronology_entry.action_taken IS 'What was done about it, including "none".';
COMMENT ON COLUMN chronology_entry.impact IS 'Impact on the child, or the worker''s analysis.';
COMMENT ON COLUMN chronology_entry.automatic IS 'True when the entry was made from another module''s event; its facts then follow the source record.';
COMMENT ON COLUMN chronology_entry.origin_key IS 'For automatic entries, the event it came from (type and source record), so that a redelivered event adds nothing.';
COMMENT ON COLUMN chronology_entry.source_record_type IS 'Kind of record the entry links to (CHILD, EPISODE, EPISODE_END, ALLOCATION).';
COMMENT ON COLUMN chronology_entry.source_record_id IS 'Identifier of the originating record, for the link and for following corrections to it.';
COMMENT ON COLUMN chronology_entry.suitable_to_share IS 'The worker has chosen to include the entry in the young person''s version (opt-in).';
COMMENT ON COLUMN chronology_entry.third_party IS 'The entry holds information about or from a third party: check before sharing or disclosing.';
COMMENT ON COLUMN chronology_entry.entered_in_error IS 'Recorded in error: hidden by default, still in the history and in full exports.';
COMMENT ON COLUMN chronology_entry.version IS 'Current version number; each change adds one and is kept in chronology_entry_version.';
COMMENT ON COLUMN chronology_entry.recorded_by IS 'Who recorded the entry (for automatic entries, who recorded the source change).';
COMMENT ON COLUMN chronology_entry.recorded_by_name IS 'Their name at the time.';
COMMENT ON COLUMN chronology_entry.recorded_at IS 'When the entry was added to the chronology.';
COMMENT ON COLUMN chronology_entry.changed_by IS 'Who made the latest version (null for a change made by Hearth itself).';
COMMENT ON COLUMN chronology_entry.changed_by_name IS 'Their name at the time.';
COMMENT ON COLUMN chronology_entry.changed_at IS 'When the latest version was made.';
COMMENT ON COLUMN chronology_entry.change_kind IS 'What the latest version was: recorded, amended, source corrected, or marked as entered in error.';
COMMENT ON COLUMN chronology_entry.change_reason IS 'Why the latest version was made; required for every change after the first.';

CREATE TABLE chronology_entry_version (
    entry_id         uuid NOT NULL REFERENCES chronology_entry (id),
    version          integer NOT NULL,
    event_date       date NOT NULL,
    date_precision   text NOT NULL,
    event_time       time,
    category         text NOT NULL,
    significance     text NOT NULL,
    title            text NOT NULL,
    description      text,
    source           text,
    action_taken     text,
    impact           text,
    suitable_to_share boolean NOT NULL,
    third_party      boolean NOT NULL,
    entered_in_error boolean NOT NULL,
    changed_by       uuid,
    changed_by_name  text NOT NULL,
    changed_at       timestamptz NOT NULL,
    change_kind      text NOT NULL,
    change_reason    text,
    PRIMARY KEY (entry_id, version)
);
COMMENT ON TABLE chronology_entry_version IS 'Every version of every chronology entry, written by a trigger on chronology_entry: the history of amendments, source corrections and entries marked as entered in error. Append-only.';
COMMENT ON COLUMN chronology_entry_version.entry_id IS 'The entry.';
COMMENT ON COLUMN chronology_entry_version.version IS 'Version number, from 1.';
COMMENT ON COLUMN chronology_entry_version.event_date IS 'Date of the event in this version.';
COMMENT ON COLUMN chronology_entry_version.date_precision IS 'Precision of the date in this version.';
COMMENT ON COLUMN chronology_entry_version.event_time IS 'Time of the event in this version.';
COMMENT ON COLUMN chronology_entry_version.category IS 'Category in this version.';
COMMENT ON COLUMN chronology_entry_version.significance IS 'Significance in this version.';
COMMENT ON COLUMN chronology_entry_version.title IS 'Title in this version.';
COMMENT ON COLUMN chronology_entry_version.description IS 'Description in this version.';
COMMENT ON COLUMN chronology_entry_version.source IS 'Source of the information in this version.';
COMMENT ON COLUMN chronology_entry_version.action_taken IS 'Action taken in this version.';
COMMENT ON COLUMN chronology_entry_version.impact IS 'Impact or analysis in this version.';
COMMENT ON COLUMN chronology_entry_version.suitable_to_share IS 'Whether this version was marked suitable for the young person''s version.';
COMMENT ON COLUMN chronology_entry_version.third_party IS 'Whether this version was marked as third-party information.';
COMMENT ON COLUMN chronology_entry_version.entered_in_error IS 'Whether this version marked the entry as entered in error.';
COMMENT ON COLUMN chronology_entry_version.changed_by IS 'Who made this version (null when Hearth made it).';
COMMENT ON COLUMN chronology_entry_version.changed_by_name IS 'Their name at the time.';
COMMENT ON COLUMN chronology_entry_version.changed_at IS 'When this version was made.';
COMMENT ON COLUMN chronology_entry_version.change_kind IS 'Recorded, amended, source corrected, or entered in error.';
COMMENT ON COLUMN chronology_entry_version.change_reason IS 'Why this version was made.';

CREATE FUNCTION chronology_entry_keep_version() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id <> OLD.id OR NEW.child_id <> OLD.child_id OR NEW.automatic <> OLD.automatic
                OR NEW.recorded_at <> OLD.recorded_at THEN
            RAISE EXCEPTION 'A chronology entry''s child, origin and recording cannot change'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END;
$$;
COMMENT ON FUNCTION chronology_entry_keep_version() IS 'Numbers each change to a chronology entry and refuses changes to what an entry is about.';

CREATE FUNCTION chronology_entry_write_version() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO chronology_entry_version (entry_id, version, event_date, date_precision, event_time, category,
        significance, title, description, source, action_taken, impact, suitable_to_share, third_party,
        entered_in_error, changed_by, changed_by_name, changed_at, change_kind, change_reason)
    VALUES (NEW.id, NEW.version, NEW.event_date, NEW.date_precision, NEW.event_time, NEW.category,
        NEW.significance, NEW.title, NEW.description, NEW.source, NEW.action_taken, NEW.impact,
        NEW.suitable_to_share, NEW.third_party, NEW.entered_in_error, NEW.changed_by, NEW.changed_by_name,
        NEW.changed_at, NEW.change_kind, NEW.change_reason);
    RETURN NULL;
END;
$$;
COMMENT ON FUNCTION chronology_entry_write_version() IS 'Keeps every version of a chronology entry in chronology_entry_version.';

CREATE TRIGGER chronology_entry_numbers_versions
    BEFORE UPDATE ON chronology_entry
    FOR EACH ROW EXECUTE FUNCTION chronology_entry_keep_version();
CREATE TRIGGER chronology_entry_keeps_history
    AFTER INSERT OR UPDATE ON chronology_entry
    FOR EACH ROW EXECUTE FUNCTION chronology_entry_write_version();

CREATE FUNCTION refuse_chronology_history_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'Chronology history is never changed or deleted: % is not allowed on %', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
COMMENT ON FUNCTION refuse_chronology_history_change() IS 'Refuses deleting chronology entries and changing or deleting their history, summaries and signposting statements.';

CREATE TRIGGER chronology_entry_never_deleted
    BEFORE DELETE ON chronology_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_chronology_history_change();
CREATE TRIGGER chronology_entry_version_is_append_only
    BEFORE UPDATE OR DELETE ON chronology_entry_version
    FOR EACH ROW EXECUTE FUNCTION refuse_chronology_history_change();

CREATE TABLE chronology_summary_version (
    child_id          uuid NOT NULL,
    version           integer NOT NULL,
    who_the_child_is  text NOT NULL,
    why_looked_after  text NOT NULL,
    key_history       text NOT NULL,
    current_plan      text NOT NULL,
    reviewed_only     boolean NOT NULL,
    written_by        uuid,
    written_by_name   text NOT NULL,
    written_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (child_id, version)
);
COMMENT ON TABLE chronology_summary_version IS 'Versions of the case-history summary at the top of a child''s chronology; the latest is current. Append-only.';
COMMENT ON COLUMN chronology_summary_version.child_id IS 'The child.';
COMMENT ON COLUMN chronology_summary_version.version IS 'Version number, from 1.';
COMMENT ON COLUMN chronology_summary_version.who_the_child_is IS 'Who the child is.';
COMMENT ON COLUMN chronology_summary_version.why_looked_after IS 'Why the child is looked after.';
COMMENT ON COLUMN chronology_summary_version.key_history IS 'The key history, briefly.';
COMMENT ON COLUMN chronology_summary_version.current_plan IS 'The current plan.';
COMMENT ON COLUMN chronology_summary_version.reviewed_only IS 'True when the worker reviewed the summary and found it still right, without changing the text.';
COMMENT ON COLUMN chronology_summary_version.written_by IS 'Who wrote or reviewed this version.';
COMMENT ON COLUMN chronology_summary_version.written_by_name IS 'Their name at the time.';
COMMENT ON COLUMN chronology_summary_version.written_at IS 'When: the summary was last reviewed on this date.';

CREATE TABLE chronology_signpost (
    id               uuid PRIMARY KEY,
    child_id         uuid NOT NULL,
    held_in          text NOT NULL CHECK (length(trim(held_in)) > 0),
    reference        text NOT NULL CHECK (length(trim(reference)) > 0),
    period_from      date,
    period_to        date,
    note             text,
    recorded_by      uuid,
    recorded_by_name text NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
);
CREATE INDEX chronology_signpost_by_child ON chronology_signpost (child_id, period_from);
COMMENT ON TABLE chronology_signpost IS 'Signposting statements: references to chronologies of earlier periods held outside Hearth. Append-only.';
COMMENT ON COLUMN chronology_signpost.id IS 'Hearth''s identifier.';
COMMENT ON COLUMN chronology_signpost.child_id IS 'The child.';
COMMENT ON COLUMN chronology_signpost.held_in IS 'The system or paper file that holds the earlier chronology.';
COMMENT ON COLUMN chronology_signpost.reference IS 'Its reference or location in that system or file store.';
COMMENT ON COLUMN chronology_signpost.period_from IS 'Start of the period it covers, if known.';
COMMENT ON COLUMN chronology_signpost.period_to IS 'End of the period it covers, if known.';
COMMENT ON COLUMN chronology_signpost.note IS 'Anything else a reader needs to know.';
COMMENT ON COLUMN chronology_signpost.recorded_by IS 'Who added it.';
COMMENT ON COLUMN chronology_signpost.recorded_by_name IS 'Their name at the time.';
COMMENT ON COLUMN chronology_signpost.recorded_at IS 'When it was added.';

CREATE TRIGGER chronology_summary_version_is_append_only
    BEFORE UPDATE OR DELETE ON chronology_summary_version
    FOR EACH ROW EXECUTE FUNCTION refuse_chronology_history_change();
CREATE TRIGGER chronology_signpost_is_append_only
    BEFORE UPDATE OR DELETE ON chronology_signpost
    FOR EACH ROW EXECUTE FUNCTION refuse_chronology_history_change();

-- The application adds and reads; it changes only the current state of an entry (the trigger keeps each version).
REVOKE DELETE, TRUNCATE ON chronology_entry FROM ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON chronology_entry_version, chronology_summary_version, chronology_signpost
    FROM ${appRole};
