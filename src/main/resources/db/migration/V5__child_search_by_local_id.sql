-- Search matches a typed local child ID whatever its case; this lets that branch of the search use an index.
CREATE INDEX child_by_lower_local_child_id ON child (lower(local_child_id));
COMMENT ON INDEX child_by_lower_local_child_id IS 'Case-insensitive look-up of the local child ID (search).';
