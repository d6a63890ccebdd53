-- Where each young person in the cohort lives (issue 6): resolved in bulk from the current postcode through the
-- postcode directory (places module), kept current when the postcode, the directory or the home area changes.
ALTER TABLE care_leaver_cohort
    ADD COLUMN residence_status text,
    ADD COLUMN authority_code   text,
    ADD COLUMN authority_name   text,
    ADD COLUMN out_of_area      boolean,
    ADD COLUMN miles_from_home  double precision;
CREATE INDEX care_leaver_cohort_out_of_area ON care_leaver_cohort (out_of_area, sort_name);
COMMENT ON COLUMN care_leaver_cohort.residence_status IS 'What the postcode tells: NO_POSTCODE, UNKNOWN_POSTCODE, NO_AUTHORITY, OUTSIDE_ENGLAND, IN_HOME_AREA or OUT_OF_AREA (never guessed).';
COMMENT ON COLUMN care_leaver_cohort.authority_code IS 'ONS code of the upper-tier authority the young person lives in, when known.';
COMMENT ON COLUMN care_leaver_cohort.authority_name IS 'Its name, when known.';
COMMENT ON COLUMN care_leaver_cohort.out_of_area IS 'Living outside the council and its neighbours (another English authority or outside England); null while where they live is not known.';
COMMENT ON COLUMN care_leaver_cohort.miles_from_home IS 'Straight-line miles from the home authority, when known.';
