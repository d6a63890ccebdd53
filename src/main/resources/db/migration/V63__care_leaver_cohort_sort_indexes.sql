-- The cohort page sorts 16,000 young people (stress set) by rating or age: without an index in the sort's order
-- every page read and ranked them all (20 ms of database time a page, docs/performance.md). A stored rank per rating
-- and indexes in the page's own orders let PostgreSQL read just the first rows.
ALTER TABLE care_leaver_cohort
    ADD COLUMN eet_rank smallint GENERATED ALWAYS AS
        (CASE eet_rating WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 ELSE 2 END) STORED,
    ADD COLUMN circumstances_rank smallint GENERATED ALWAYS AS
        (CASE circumstances_rating WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 ELSE 2 END) STORED;

COMMENT ON COLUMN care_leaver_cohort.eet_rank IS 'The EET rating as a number for sorting: red 0, amber 1, green 2.';
COMMENT ON COLUMN care_leaver_cohort.circumstances_rank IS
    'The personal circumstances rating as a number for sorting: red 0, amber 1, green 2.';

CREATE INDEX care_leaver_cohort_by_eet ON care_leaver_cohort (eet_rank, sort_name, child_id);
CREATE INDEX care_leaver_cohort_by_circumstances ON care_leaver_cohort (circumstances_rank, sort_name, child_id);
CREATE INDEX care_leaver_cohort_by_age ON care_leaver_cohort (date_of_birth DESC NULLS LAST, sort_name, child_id);
