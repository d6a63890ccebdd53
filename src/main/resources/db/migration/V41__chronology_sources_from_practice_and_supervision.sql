-- Entries now also come from statutory activity, supervision, decisions and meetings (issue 5).
COMMENT ON COLUMN chronology_entry.source_record_type IS 'Kind of record the entry links to (CHILD, EPISODE, EPISODE_END, ALLOCATION, STATUTORY_ACTIVITY, SUPERVISION_SESSION, DECISION, MEETING).';
