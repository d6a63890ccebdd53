-- An import's report may also hold notices (issue 8, ADR 0010): what was imported but needs an administrator's
-- attention, such as a 903 social worker id (SW_ID) no Hearth user has. A notice neither refuses the import nor keeps
-- Hearth's data over the return's.
ALTER TABLE return_import_issue DROP CONSTRAINT return_import_issue_kind_check;
ALTER TABLE return_import_issue ADD CONSTRAINT return_import_issue_kind_check
    CHECK (kind IN ('PROBLEM', 'CONFLICT', 'NOTICE'));
COMMENT ON COLUMN return_import_issue.kind IS 'PROBLEM (refused the import), CONFLICT (Hearth''s data kept, the return''s row not applied) or NOTICE (imported, but something for an administrator to do, e.g. record a worker''s 903 id).';
