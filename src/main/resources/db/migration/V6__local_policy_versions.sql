CREATE TABLE policy_version (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key             text NOT NULL,
    value           text NOT NULL,
    effective_from  date NOT NULL,
    changed_by      uuid REFERENCES app_user (id),
    changed_by_name text NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now(),
    reason          text NOT NULL CHECK (length(trim(reason)) > 0)
);
CREATE INDEX policy_version_in_force ON policy_version (key, effective_from DESC, id DESC);
COMMENT ON TABLE policy_version IS 'Versions of local policy settings (timescales, thresholds, RAG rules, wording). With no version, Hearth''s shipped default applies.';
COMMENT ON COLUMN policy_version.id IS 'Order of the changes.';
COMMENT ON COLUMN policy_version.key IS 'The setting, by its stable key (e.g. timescale.visit.first-year-interval).';
COMMENT ON COLUMN policy_version.value IS 'The value, in the setting''s format (ISO-8601 period, number, or text).';
COMMENT ON COLUMN policy_version.effective_from IS 'The date from which the value applies.';
COMMENT ON COLUMN policy_version.changed_by IS 'The administrator who made the change.';
COMMENT ON COLUMN policy_version.changed_by_name IS 'Their name at the time.';
COMMENT ON COLUMN policy_version.changed_at IS 'When the change was made.';
COMMENT ON COLUMN policy_version.reason IS 'Why the setting changed.';

-- Versions are history: the application may add them, never rewrite or remove them.
REVOKE UPDATE, DELETE, TRUNCATE ON policy_version FROM ${appRole};
