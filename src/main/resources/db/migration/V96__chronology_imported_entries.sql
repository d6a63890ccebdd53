-- Chronology entries made from records imported from a 903 return are marked as such (issue 8), so a reader can tell
-- a council's history brought in on day one from what was recorded in Hearth.
ALTER TABLE chronology_entry ADD COLUMN imported_by uuid;
COMMENT ON COLUMN chronology_entry.imported_by IS 'The 903 return import whose records this entry was made from; null when recorded in Hearth.';
