-- Care leavers 16+ (issue 6): the young person's record from 16, RAG ratings, and the cohort read model.

-- 903 OC3 code lists (../shared/docs/903.md section 2.6, rules 131-133; meanings from SSD ssd_care_leavers.yml).
INSERT INTO code_list_entry (field, code, description, first_year, last_year) VALUES
    ('IN_TOUCH', 'YES', 'In touch', 2017, NULL),
    ('IN_TOUCH', 'NO', 'Not in touch', 2017, NULL),
    ('IN_TOUCH', 'DIED', 'Died since leaving care', 2017, NULL),
    ('IN_TOUCH', 'REFU', 'Refuses contact', 2017, NULL),
    ('IN_TOUCH', 'NREQ', 'No longer requires services', 2017, NULL),
    ('IN_TOUCH', 'RHOM', 'Returned to live with parents or someone with parental responsibility for 6 months or more', 2017, NULL),
    ('ACTIV', 'F1', 'Full-time in higher education', 2017, NULL),
    ('ACTIV', 'P1', 'Part-time in higher education', 2017, NULL),
    ('ACTIV', 'F2', 'Full-time in other education', 2017, NULL),
    ('ACTIV', 'P2', 'Part-time in other education', 2017, NULL),
    ('ACTIV', 'F4', 'Full-time apprenticeship', 2017, NULL),
    ('ACTIV', 'P4', 'Part-time apprenticeship', 2017, NULL),
    ('ACTIV', 'F5', 'Full-time training or employment (not apprenticeship)', 2017, NULL),
    ('ACTIV', 'P5', 'Part-time training or employment (not apprenticeship)', 2017, NULL),
    ('ACTIV', 'G4', 'Not in education, employment or training: illness or disability', 2017, NULL),
    ('ACTIV', 'G5', 'Not in education, employment or training: other reasons', 2017, NULL),
    ('ACTIV', 'G6', 'Not in education, employment or training: pregnancy or parenting', 2017, NULL),
    ('ACTIV', '0', 'Not known (not in touch)', 2017, NULL),
    ('ACCOM', 'B1', 'With parents or relatives: suitable', 2017, NULL),
    ('ACCOM', 'B2', 'With parents or relatives: not suitable', 2017, NULL),
    ('ACCOM', 'C1', 'Community home or other residential care: suitable', 2017, NULL),
    ('ACCOM', 'C2', 'Community home or other residential care: not suitable', 2017, NULL),
    ('ACCOM', 'D1', 'Semi-independent, transitional accommodation: suitable', 2017, NULL),
    ('ACCOM', 'D2', 'Semi-independent, transitional accommodation: not suitable', 2017, NULL),
    ('ACCOM', 'E1', 'Supported lodgings: suitable', 2017, NULL),
    ('ACCOM', 'E2', 'Supported lodgings: not suitable', 2017, NULL),
    ('ACCOM', 'G1', 'Gone abroad: suitable', 2017, NULL),
    ('ACCOM', 'G2', 'Gone abroad: not suitable', 2017, NULL),
    ('ACCOM', 'H1', 'Deported: suitable', 2017, NULL),
    ('ACCOM', 'H2', 'Deported: not suitable', 2017, NULL),
    ('ACCOM', 'K1', 'Ordinary lodgings without formal support: suitable', 2017, NULL),
    ('ACCOM', 'K2', 'Ordinary lodgings without formal support: not suitable', 2017, NULL),
    ('ACCOM', 'R1', 'Residence not known: suitable', 2017, NULL),
    ('ACCOM', 'R2', 'Residence not known: not suitable', 2017, NULL),
    ('ACCOM', 'S2', 'No fixed abode or homeless: not suitable', 2017, NULL),
    ('ACCOM', 'T1', 'Foyer or similar: suitable', 2017, NULL),
    ('ACCOM', 'T2', 'Foyer or similar: not suitable', 2017, NULL),
    ('ACCOM', 'U1', 'Independent living (tenancy, college or university accommodation): suitable', 2017, NULL),
    ('ACCOM', 'U2', 'Independent living (tenancy, college or university accommodation): not suitable', 2017, NULL),
    ('ACCOM', 'V1', 'Emergency accommodation: suitable', 2017, NULL),
    ('ACCOM', 'V2', 'Emergency accommodation: not suitable', 2017, NULL),
    ('ACCOM', 'W1', 'Bed and breakfast: suitable', 2017, NULL),
    ('ACCOM', 'W2', 'Bed and breakfast: not suitable', 2017, NULL),
    ('ACCOM', 'X2', 'In custody: not suitable', 2017, NULL),
    ('ACCOM', 'Y1', 'Other accommodation: suitable', 2017, NULL),
    ('ACCOM', 'Y2', 'Other accommodation: not suitable', 2017, NULL),
    ('ACCOM', 'Z1', 'With former foster carers: suitable', 2017, NULL),
    ('ACCOM', 'Z2', 'With former foster carers: not suitable', 2017, NULL),
    ('ACCOM', '0', 'Not known (not in touch)', 2017, NULL);
COMMENT ON COLUMN code_list_entry.field IS 'The 903 field the list belongs to (SEX, ETHNIC, RNE, LS, CIN, PLACE, PLACE_PROVIDER, REC, REASON_PLACE_CHANGE, REVIEW_CODE, SDQ_REASON, IN_TOUCH, ACTIV, ACCOM).';

CREATE TABLE care_leaver (
    child_id   uuid PRIMARY KEY,
    version    integer     NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by uuid
);
COMMENT ON TABLE care_leaver IS 'A young person''s leaving care record (16+): one row once anything is recorded, carrying the version every change moves on (optimistic locking of the forms and the RAG API).';
COMMENT ON COLUMN care_leaver.child_id IS 'The young person (children module''s id; no foreign key, the children module owns that table).';
COMMENT ON COLUMN care_leaver.version IS 'Moves on with every change to anything below: forms and If-Match carry it.';
COMMENT ON COLUMN care_leaver.updated_at IS 'When anything was last recorded.';
COMMENT ON COLUMN care_leaver.updated_by IS 'Who recorded it (a user id; no foreign key).';

CREATE TABLE care_leaver_status (
    id              uuid PRIMARY KEY,
    child_id        uuid        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('IN_TOUCH', 'ACTIVITY', 'ACCOMMODATION')),
    code            text        NOT NULL,
    started_on      date        NOT NULL,
    last_contact_on date,
    recorded_by     uuid        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX care_leaver_status_by_child ON care_leaver_status (child_id, kind, started_on DESC, recorded_at DESC);
COMMENT ON TABLE care_leaver_status IS 'History of a young person''s in-touch status, main activity and accommodation (903 OC3 IN_TOUCH, ACTIV, ACCOM): the latest start date of each kind is the current one. Rows are never changed.';
COMMENT ON COLUMN care_leaver_status.id IS 'Identifier.';
COMMENT ON COLUMN care_leaver_status.child_id IS 'The young person (no foreign key).';
COMMENT ON COLUMN care_leaver_status.kind IS 'IN_TOUCH, ACTIVITY or ACCOMMODATION.';
COMMENT ON COLUMN care_leaver_status.code IS 'The 903 code: IN_TOUCH (YES, NO, ...), ACTIV (F1 ... G6, 0) or ACCOM (type letter and 1 suitable / 2 not suitable).';
COMMENT ON COLUMN care_leaver_status.started_on IS 'From when it applies.';
COMMENT ON COLUMN care_leaver_status.last_contact_on IS 'In-touch status only: the date of the last contact with the young person.';
COMMENT ON COLUMN care_leaver_status.recorded_by IS 'Who recorded it (no foreign key).';
COMMENT ON COLUMN care_leaver_status.recorded_at IS 'When it was recorded.';

CREATE TABLE personal_adviser_allocation (
    id           uuid PRIMARY KEY,
    child_id     uuid        NOT NULL,
    adviser_id   uuid        NOT NULL,
    allocated_on date        NOT NULL,
    recorded_by  uuid        NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX personal_adviser_allocation_by_child ON personal_adviser_allocation (child_id, allocated_on DESC, recorded_at DESC);
COMMENT ON TABLE personal_adviser_allocation IS 'Who has been the young person''s personal adviser and from when (CLR; Children and Social Work Act 2017 s3: to 25). The latest is the current adviser.';
COMMENT ON COLUMN personal_adviser_allocation.id IS 'Identifier.';
COMMENT ON COLUMN personal_adviser_allocation.child_id IS 'The young person (no foreign key).';
COMMENT ON COLUMN personal_adviser_allocation.adviser_id IS 'A user with the PERSONAL_ADVISER role (no foreign key).';
COMMENT ON COLUMN personal_adviser_allocation.allocated_on IS 'Date the adviser took the young person on.';
COMMENT ON COLUMN personal_adviser_allocation.recorded_by IS 'Who recorded it (no foreign key).';
COMMENT ON COLUMN personal_adviser_allocation.recorded_at IS 'When it was recorded.';

CREATE TABLE staying_put (
    id          uuid PRIMARY KEY,
    child_id    uuid        NOT NULL,
    carer_name  text        NOT NULL CHECK (length(trim(carer_name)) > 0),
    started_on  date        NOT NULL,
    ended_on    date,
    recorded_by uuid        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    ended_by    uuid,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX staying_put_by_child ON staying_put (child_id, started_on DESC);
COMMENT ON TABLE staying_put IS 'Staying Put arrangements: a care leaver staying with their former foster carer after 18, to 21 (Children Act 1989 s23CZA).';
COMMENT ON COLUMN staying_put.id IS 'Identifier.';
COMMENT ON COLUMN staying_put.child_id IS 'The young person (no foreign key).';
COMMENT ON COLUMN staying_put.carer_name IS 'The former foster carer(s) the young person stays with.';
COMMENT ON COLUMN staying_put.started_on IS 'Start of the arrangement.';
COMMENT ON COLUMN staying_put.ended_on IS 'End of the arrangement; null while it continues.';
COMMENT ON COLUMN staying_put.recorded_by IS 'Who recorded the start (no foreign key).';
COMMENT ON COLUMN staying_put.recorded_at IS 'When it was recorded.';
COMMENT ON COLUMN staying_put.ended_by IS 'Who recorded the end (no foreign key).';

CREATE TABLE care_leaver_concerns (
    id            uuid PRIMARY KEY,
    child_id      uuid        NOT NULL,
    health        text        NOT NULL CHECK (health IN ('NONE', 'SOME', 'SERIOUS')),
    money         text        NOT NULL CHECK (money IN ('NONE', 'SOME', 'SERIOUS')),
    relationships text        NOT NULL CHECK (relationships IN ('NONE', 'SOME', 'SERIOUS')),
    risk          text        NOT NULL CHECK (risk IN ('NONE', 'SOME', 'SERIOUS')),
    assessed_on   date        NOT NULL,
    recorded_by   uuid        NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX care_leaver_concerns_by_child ON care_leaver_concerns (child_id, assessed_on DESC, recorded_at DESC);
COMMENT ON TABLE care_leaver_concerns IS 'The worker''s view of the young person''s health, money, relationships and risk, as concern levels, for the personal circumstances RAG rating. The latest is current.';
COMMENT ON COLUMN care_leaver_concerns.id IS 'Identifier.';
COMMENT ON COLUMN care_leaver_concerns.child_id IS 'The young person (no foreign key).';
COMMENT ON COLUMN care_leaver_concerns.health IS 'Concern about health: NONE, SOME or SERIOUS.';
COMMENT ON COLUMN care_leaver_concerns.money IS 'Concern about money: NONE, SOME or SERIOUS.';
COMMENT ON COLUMN care_leaver_concerns.relationships IS 'Concern about family and relationships: NONE, SOME or SERIOUS.';
COMMENT ON COLUMN care_leaver_concerns.risk IS 'Concern about risk (exploitation, offending, safety): NONE, SOME or SERIOUS.';
COMMENT ON COLUMN care_leaver_concerns.assessed_on IS 'The date the worker made this assessment.';
COMMENT ON COLUMN care_leaver_concerns.recorded_by IS 'Who recorded it (no foreign key).';
COMMENT ON COLUMN care_leaver_concerns.recorded_at IS 'When it was recorded.';

CREATE TABLE rag_rating (
    id            uuid PRIMARY KEY,
    seq           bigserial   NOT NULL,
    child_id      uuid        NOT NULL,
    domain        text        NOT NULL CHECK (domain IN ('EET', 'PERSONAL_CIRCUMSTANCES')),
    suggested     text        NOT NULL CHECK (suggested IN ('RED', 'AMBER', 'GREEN')),
    given         text        NOT NULL CHECK (given IN ('RED', 'AMBER', 'GREEN')),
    overridden    boolean     NOT NULL,
    reason        text,
    rules_fired   text        NOT NULL,
    rated_on      date        NOT NULL,
    given_by      uuid,
    given_by_name text        NOT NULL,
    given_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT overridden OR length(trim(coalesce(reason, ''))) > 0)
);
CREATE INDEX rag_rating_by_child ON rag_rating (child_id, domain, seq DESC);
COMMENT ON TABLE rag_rating IS 'History of a young person''s RAG ratings (EET and personal circumstances): each row is a rating in force from given_at, either the suggestion of the local rules or a worker''s override with a reason. Rows are never changed.';
COMMENT ON COLUMN rag_rating.id IS 'Identifier.';
COMMENT ON COLUMN rag_rating.seq IS 'Order in which ratings were stored: the latest of a domain is the one in force.';
COMMENT ON COLUMN rag_rating.child_id IS 'The young person (no foreign key).';
COMMENT ON COLUMN rag_rating.domain IS 'EET or PERSONAL_CIRCUMSTANCES.';
COMMENT ON COLUMN rag_rating.suggested IS 'What the local rules suggested at the time.';
COMMENT ON COLUMN rag_rating.given IS 'The rating given (equal to the suggestion unless overridden).';
COMMENT ON COLUMN rag_rating.overridden IS 'True when a worker gave a rating other than, or instead of following, the suggestion; it stays until someone accepts the suggestion again.';
COMMENT ON COLUMN rag_rating.reason IS 'Why the worker overrode the suggestion (required for an override).';
COMMENT ON COLUMN rag_rating.rules_fired IS 'The wording of the rules that fired for the suggestion, one a line.';
COMMENT ON COLUMN rag_rating.rated_on IS 'The date the rating applies from.';
COMMENT ON COLUMN rag_rating.given_by IS 'Who gave it (no foreign key); null when Hearth followed its own suggestion.';
COMMENT ON COLUMN rag_rating.given_by_name IS 'Their name as it was, or "Hearth (suggested)".';
COMMENT ON COLUMN rag_rating.given_at IS 'When it was given.';

CREATE TABLE care_leaver_cohort (
    child_id                uuid PRIMARY KEY,
    local_child_id          text    NOT NULL,
    name                    text    NOT NULL,
    sort_name               text    NOT NULL,
    date_of_birth           date    NOT NULL,
    team_id                 uuid,
    worker_id               uuid,
    restricted              boolean NOT NULL,
    looked_after            boolean NOT NULL,
    category                text    NOT NULL,
    category_why            text    NOT NULL,
    category_certain        boolean NOT NULL,
    adviser_id              uuid,
    in_touch_code           text,
    last_contact_on         date,
    activity_code           text,
    activity_since          date,
    accommodation_code      text,
    accommodation_since     date,
    staying_put             boolean NOT NULL,
    postcode                text,
    eet_suggested           text    NOT NULL,
    eet_rating              text    NOT NULL,
    eet_overridden          boolean NOT NULL,
    circumstances_suggested text    NOT NULL,
    circumstances_rating    text    NOT NULL,
    circumstances_overridden boolean NOT NULL,
    worked_out_on           date    NOT NULL,
    worked_out_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX care_leaver_cohort_by_team ON care_leaver_cohort (team_id, sort_name);
CREATE INDEX care_leaver_cohort_by_worker ON care_leaver_cohort (worker_id);
CREATE INDEX care_leaver_cohort_by_adviser ON care_leaver_cohort (adviser_id);
CREATE INDEX care_leaver_cohort_by_name ON care_leaver_cohort (sort_name, child_id);
COMMENT ON TABLE care_leaver_cohort IS 'Read model of the care leavers cohort page: one row per young person aged 16-24 who is looked after or a care leaver, worked out from the children module''s records and this module''s, kept current by listeners, each day (ages and categories change with the date) and in full at start-up and after bulk loads.';
COMMENT ON COLUMN care_leaver_cohort.child_id IS 'The young person (no foreign key).';
COMMENT ON COLUMN care_leaver_cohort.local_child_id IS 'The council''s id for them, as on the child record.';
COMMENT ON COLUMN care_leaver_cohort.name IS 'The name they are known by.';
COMMENT ON COLUMN care_leaver_cohort.sort_name IS 'Last name then first name, lower case, for sorting.';
COMMENT ON COLUMN care_leaver_cohort.date_of_birth IS 'Date of birth (age and age bands are worked out from it on reading).';
COMMENT ON COLUMN care_leaver_cohort.team_id IS 'The responsible team (for the record-level rule and the team filter).';
COMMENT ON COLUMN care_leaver_cohort.worker_id IS 'The allocated worker (for the record-level rule).';
COMMENT ON COLUMN care_leaver_cohort.restricted IS 'Whether the record is restricted (then only the users named on it see it).';
COMMENT ON COLUMN care_leaver_cohort.looked_after IS 'Looked after now (an open episode of care other than short breaks).';
COMMENT ON COLUMN care_leaver_cohort.category IS 'Care leaver category: ELIGIBLE, RELEVANT, FORMER_RELEVANT or QUALIFYING.';
COMMENT ON COLUMN care_leaver_cohort.category_why IS 'Why, in words, from the care history.';
COMMENT ON COLUMN care_leaver_cohort.category_certain IS 'False when Hearth''s records may not hold all the care that counts.';
COMMENT ON COLUMN care_leaver_cohort.adviser_id IS 'The current personal adviser, if any.';
COMMENT ON COLUMN care_leaver_cohort.in_touch_code IS 'Current 903 IN_TOUCH code, if recorded.';
COMMENT ON COLUMN care_leaver_cohort.last_contact_on IS 'Date of the last contact, if recorded.';
COMMENT ON COLUMN care_leaver_cohort.activity_code IS 'Current 903 ACTIV code, if recorded.';
COMMENT ON COLUMN care_leaver_cohort.activity_since IS 'Since when.';
COMMENT ON COLUMN care_leaver_cohort.accommodation_code IS 'Current 903 ACCOM code, if recorded.';
COMMENT ON COLUMN care_leaver_cohort.accommodation_since IS 'Since when.';
COMMENT ON COLUMN care_leaver_cohort.staying_put IS 'In a Staying Put arrangement now.';
COMMENT ON COLUMN care_leaver_cohort.postcode IS 'Current postcode, from the child record.';
COMMENT ON COLUMN care_leaver_cohort.eet_suggested IS 'EET rating the local rules suggest now: RED, AMBER or GREEN.';
COMMENT ON COLUMN care_leaver_cohort.eet_rating IS 'EET rating in force (the suggestion, or a worker''s override).';
COMMENT ON COLUMN care_leaver_cohort.eet_overridden IS 'Whether the EET rating in force is an override.';
COMMENT ON COLUMN care_leaver_cohort.circumstances_suggested IS 'Personal circumstances rating the local rules suggest now.';
COMMENT ON COLUMN care_leaver_cohort.circumstances_rating IS 'Personal circumstances rating in force.';
COMMENT ON COLUMN care_leaver_cohort.circumstances_overridden IS 'Whether the personal circumstances rating in force is an override.';
COMMENT ON COLUMN care_leaver_cohort.worked_out_on IS 'The date the row was worked out for.';
COMMENT ON COLUMN care_leaver_cohort.worked_out_at IS 'When it was worked out.';

CREATE TABLE care_leaver_cohort_run (
    id          bigserial PRIMARY KEY,
    as_of       date        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    children    integer     NOT NULL,
    rows_stored integer     NOT NULL
);
COMMENT ON TABLE care_leaver_cohort_run IS 'Each full rebuild of the care leavers cohort read model.';
COMMENT ON COLUMN care_leaver_cohort_run.id IS 'Sequence number of the run.';
COMMENT ON COLUMN care_leaver_cohort_run.as_of IS 'The date it was worked out for.';
COMMENT ON COLUMN care_leaver_cohort_run.started_at IS 'When it started.';
COMMENT ON COLUMN care_leaver_cohort_run.finished_at IS 'When it finished.';
COMMENT ON COLUMN care_leaver_cohort_run.children IS 'Children looked at.';
COMMENT ON COLUMN care_leaver_cohort_run.rows_stored IS 'Young people in the cohort.';

COMMENT ON COLUMN chronology_entry.source_record_type IS 'Kind of record the entry links to (CHILD, EPISODE, EPISODE_END, ALLOCATION, STATUTORY_ACTIVITY, SUPERVISION_SESSION, DECISION, MEETING, CARE_LEAVER).';
