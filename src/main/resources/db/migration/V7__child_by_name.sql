-- Caseloads are listed by name: this lets the first page of a large caseload be read in order without sorting
-- every child.
CREATE INDEX child_by_name ON child (last_name, first_name, id);
COMMENT ON INDEX child_by_name IS 'Children in caseload order (last name, first name).';
