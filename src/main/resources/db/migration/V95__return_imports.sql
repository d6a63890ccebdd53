-- Importing a council's 903 return (issue 8, docs/adr/0010-importing-the-903-return.md): each import with its
-- outcome and counts, the row-level report (problems that refused it, conflicts where Hearth's data was kept), and
-- what each imported record looked like when it was last imported, so that importing the same return again changes
-- nothing and a later return changes only what changed. No foreign keys to child or app_user (tests truncate them).

CREATE TABLE return_import (
    id                 uuid PRIMARY KEY,
    collection_year    integer NOT NULL,
    status             text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'REFUSED', 'FAILED')),
    requested_by       uuid NOT NULL,
    requested_by_name  text NOT NULL,
    requested_at       timestamptz NOT NULL DEFAULT now(),
    started_at         timestamptz,
    finished_at        timestamptz,
    team_id            uuid NOT NULL,
    files              text NOT NULL,
    with_previous_year boolean NOT NULL DEFAULT false,
    children_created   integer NOT NULL DEFAULT 0,
    children_updated   integer NOT NULL DEFAULT 0,
    children_unchanged integer NOT NULL DEFAULT 0,
    failure            text
);
CREATE INDEX return_import_by_time ON return_import (requested_at DESC);
COMMENT ON TABLE return_import IS 'One import of a 903 return into Hearth''s records: who asked, when, for which year, and how it ended.';
COMMENT ON COLUMN return_import.id IS 'The import''s id, as in /api/v1/returns/903/imports/{id}.';
COMMENT ON COLUMN return_import.collection_year IS 'The collection year, named by the year it ends (2027 = 2026-27).';
COMMENT ON COLUMN return_import.status IS 'QUEUED, RUNNING, DONE (written), REFUSED (problems in the files: nothing written) or FAILED (rolled back).';
COMMENT ON COLUMN return_import.requested_by IS 'The user who uploaded the return (app_user id; no foreign key).';
COMMENT ON COLUMN return_import.requested_by_name IS 'Their username when they uploaded it.';
COMMENT ON COLUMN return_import.requested_at IS 'When the return was uploaded.';
COMMENT ON COLUMN return_import.started_at IS 'When the import started running.';
COMMENT ON COLUMN return_import.finished_at IS 'When it finished (done, refused or failed).';
COMMENT ON COLUMN return_import.team_id IS 'The team children new to Hearth are placed with.';
COMMENT ON COLUMN return_import.files IS 'The names of the files uploaded, comma separated.';
COMMENT ON COLUMN return_import.with_previous_year IS 'Whether last year''s files were given (validation context only).';
COMMENT ON COLUMN return_import.children_created IS 'Children new to Hearth.';
COMMENT ON COLUMN return_import.children_updated IS 'Children already in Hearth with something created or changed.';
COMMENT ON COLUMN return_import.children_unchanged IS 'Children already in Hearth with nothing changed.';
COMMENT ON COLUMN return_import.failure IS 'Why a FAILED import was rolled back.';

CREATE TABLE return_import_table_count (
    import_id  uuid NOT NULL REFERENCES return_import (id) ON DELETE CASCADE,
    table_name text NOT NULL,
    rows_read  integer NOT NULL,
    created    integer NOT NULL,
    updated    integer NOT NULL,
    unchanged  integer NOT NULL,
    conflicts  integer NOT NULL,
    PRIMARY KEY (import_id, table_name)
);
COMMENT ON TABLE return_import_table_count IS 'What an import did with each 903 table it read.';
COMMENT ON COLUMN return_import_table_count.import_id IS 'The import.';
COMMENT ON COLUMN return_import_table_count.table_name IS 'The DfE''s name for the table (Header, Episodes, Reviews...).';
COMMENT ON COLUMN return_import_table_count.rows_read IS 'Rows in the file.';
COMMENT ON COLUMN return_import_table_count.created IS 'Records created in Hearth.';
COMMENT ON COLUMN return_import_table_count.updated IS 'Records changed in Hearth.';
COMMENT ON COLUMN return_import_table_count.unchanged IS 'Rows Hearth already held as the return has them.';
COMMENT ON COLUMN return_import_table_count.conflicts IS 'Rows where Hearth''s own data was kept (listed in the report).';

CREATE TABLE return_import_issue (
    import_id   uuid NOT NULL REFERENCES return_import (id) ON DELETE CASCADE,
    seq         integer NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('PROBLEM', 'CONFLICT')),
    file        text,
    table_name  text,
    row_number  integer NOT NULL,
    child       text,
    column_name text,
    value       text,
    hearth_has  text,
    message     text NOT NULL,
    PRIMARY KEY (import_id, seq)
);
COMMENT ON TABLE return_import_issue IS 'An import''s row-level report: problems that refused it, and conflicts where Hearth''s data was kept.';
COMMENT ON COLUMN return_import_issue.import_id IS 'The import.';
COMMENT ON COLUMN return_import_issue.seq IS 'Order in the report.';
COMMENT ON COLUMN return_import_issue.kind IS 'PROBLEM (refused the import) or CONFLICT (Hearth''s data kept, the return''s row not applied).';
COMMENT ON COLUMN return_import_issue.file IS 'The uploaded file the row is in.';
COMMENT ON COLUMN return_import_issue.table_name IS 'The 903 table (DfE name).';
COMMENT ON COLUMN return_import_issue.row_number IS 'The row as a spreadsheet numbers it (header = 1); 0 for the whole file.';
COMMENT ON COLUMN return_import_issue.child IS 'The CHILD id on the row.';
COMMENT ON COLUMN return_import_issue.column_name IS 'The column at fault, if one.';
COMMENT ON COLUMN return_import_issue.value IS 'The value in the return (for a conflict: what the return says).';
COMMENT ON COLUMN return_import_issue.hearth_has IS 'For a conflict: what Hearth holds, which was kept.';
COMMENT ON COLUMN return_import_issue.message IS 'What is wrong, in words a performance officer can act on.';

CREATE TABLE return_imported_record (
    table_name  text NOT NULL,
    match_key   text NOT NULL,
    child_id    uuid NOT NULL,
    content     text NOT NULL,
    import_id   uuid NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, match_key)
);
CREATE INDEX return_imported_record_by_child ON return_imported_record (child_id);
COMMENT ON TABLE return_imported_record IS 'Provenance: each record an import wrote or found, as the return had it then. A later import compares Hearth''s record with this to tell a worker''s change (kept, listed as a conflict) from one to apply.';
COMMENT ON COLUMN return_imported_record.table_name IS 'The 903 table (DfE name).';
COMMENT ON COLUMN return_imported_record.match_key IS 'The matching key (ADR 0010), e.g. the CHILD id and DECOM for an episode.';
COMMENT ON COLUMN return_imported_record.child_id IS 'The child in Hearth (no foreign key).';
COMMENT ON COLUMN return_imported_record.content IS 'The record''s imported values in a fixed text form, as last imported.';
COMMENT ON COLUMN return_imported_record.import_id IS 'The import that last wrote or confirmed it.';
COMMENT ON COLUMN return_imported_record.imported_at IS 'When.';
