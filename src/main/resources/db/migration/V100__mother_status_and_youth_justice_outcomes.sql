-- Issue 8: what the 903 return asks that Hearth did not record. A young woman's mother status and the date of birth
-- of her first child (903 Header MOTHER and MC_DOB, docs/903.md 2.1), on the child's record; and convictions, youth
-- cautions and youth conditional cautions (903 OC2 CONVICTED, docs/903.md 2.5) as a kind of statutory activity.

ALTER TABLE child ADD COLUMN mother boolean;
ALTER TABLE child ADD COLUMN first_child_born_on date;
-- the first child's date of birth only for a mother (903 rule 612)
ALTER TABLE child ADD CONSTRAINT child_first_child_only_for_a_mother
    CHECK (first_child_born_on IS NULL OR mother);
COMMENT ON COLUMN child.mother IS 'Whether the young woman is a mother (903 Header MOTHER 1/0); null when not yet recorded, and always for a male child (903 rules 165, 174).';
COMMENT ON COLUMN child.first_child_born_on IS 'Date of birth of her first child (903 Header MC_DOB); only when she is a mother (903 rules 611, 612).';

ALTER TABLE statutory_activity DROP CONSTRAINT statutory_activity_kind_check;
ALTER TABLE statutory_activity ADD CONSTRAINT statutory_activity_kind_check
    CHECK (kind IN ('VISIT', 'REVIEW', 'HEALTH_ASSESSMENT', 'DENTAL_CHECK', 'IMMUNISATIONS', 'DEVELOPMENT_CHECK',
                    'SDQ', 'SUBSTANCE_MISUSE', 'PERSONAL_EDUCATION_PLAN', 'CARE_PLAN', 'NEEDS_ASSESSMENT',
                    'PATHWAY_PLAN_REVIEW', 'PERSONAL_ADVISER_CONTACT', 'YOUTH_JUSTICE_OUTCOME'));
COMMENT ON COLUMN statutory_activity.kind IS 'What kind of activity: VISIT, REVIEW, HEALTH_ASSESSMENT, DENTAL_CHECK, IMMUNISATIONS, DEVELOPMENT_CHECK, SDQ, SUBSTANCE_MISUSE, PERSONAL_EDUCATION_PLAN, CARE_PLAN, NEEDS_ASSESSMENT, PATHWAY_PLAN_REVIEW, PERSONAL_ADVISER_CONTACT, YOUTH_JUSTICE_OUTCOME (a conviction, youth caution or youth conditional caution: 903 OC2 CONVICTED).';
