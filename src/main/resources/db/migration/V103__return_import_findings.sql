-- What the DfE's validation rules found in an imported 903 return (issue 8): the rules run over the return as
-- uploaded (with last year's files when given) before it is written. Findings never refuse an import: they are
-- what the return would be queried on by DfE, for the performance officer to follow up in Hearth.
CREATE TABLE return_import_finding (
    import_id  uuid NOT NULL REFERENCES return_import (id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    rule_code  text NOT NULL,
    table_name text,
    row_number integer NOT NULL,
    child      text,
    fields     text NOT NULL,
    message    text NOT NULL,
    PRIMARY KEY (import_id, seq)
);
COMMENT ON TABLE return_import_finding IS 'DfE validation findings in an imported 903 return: reported with the import, never a reason to refuse it.';
COMMENT ON COLUMN return_import_finding.import_id IS 'The import.';
COMMENT ON COLUMN return_import_finding.seq IS 'Order in the report (as the rules found them: by rule, then table and row).';
COMMENT ON COLUMN return_import_finding.rule_code IS 'The DfE rule code (903-rules-2026-27.csv), e.g. 203 or SW11b.';
COMMENT ON COLUMN return_import_finding.table_name IS 'The 903 table (DfE name) the row is in; null for a finding about the return as a whole.';
COMMENT ON COLUMN return_import_finding.row_number IS 'The row as a spreadsheet numbers it (header = 1); 0 when the finding is about no one row.';
COMMENT ON COLUMN return_import_finding.child IS 'The return''s CHILD (the local child id), when the finding is about one child.';
COMMENT ON COLUMN return_import_finding.fields IS 'The fields the rule names, comma separated.';
COMMENT ON COLUMN return_import_finding.message IS 'The DfE''s message for the rule.';

COMMENT ON COLUMN return_import.with_previous_year IS 'Whether last year''s files were given: read by the DfE rules that compare years, never imported.';
