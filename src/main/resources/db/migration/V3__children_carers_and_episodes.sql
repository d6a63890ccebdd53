-- Trusted extensions (PostgreSQL 13+): the database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE child (
    id                  uuid PRIMARY KEY,
    local_child_id      text NOT NULL UNIQUE CHECK (local_child_id ~ '^[A-Za-z0-9]{1,20}$'),
    first_name          text NOT NULL CHECK (length(trim(first_name)) > 0),
    middle_names        text,
    last_name           text NOT NULL CHECK (length(trim(last_name)) > 0),
    preferred_name      text,
    date_of_birth       date NOT NULL,
    sex                 text NOT NULL CHECK (sex IN ('M', 'F', 'U')),
    ethnicity           text NOT NULL,
    upn                 text CHECK (upn ~ '^([A-HJ-NP-RT-Z][0-9]{11}[0-9A-Z]|UN[1-5])$'),
    nhs_number          text CHECK (nhs_number ~ '^[0-9]{10}$'),
    uasc                boolean NOT NULL DEFAULT false,
    uasc_ceased_on      date,
    home_postcode       text,
    current_postcode    text,
    responsible_team_id uuid NOT NULL REFERENCES team (id),
    allocated_worker_id uuid REFERENCES app_user (id),
    restricted          boolean NOT NULL DEFAULT false,
    version             integer NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          uuid REFERENCES app_user (id),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          uuid REFERENCES app_user (id),
    search_name         text GENERATED ALWAYS AS (
        lower(first_name || ' ' || coalesce(preferred_name || ' ', '') || last_name)) STORED,
    CHECK (uasc_ceased_on IS NULL OR uasc)
);
CREATE INDEX child_search_name ON child USING gin (search_name gin_trgm_ops);
CREATE INDEX child_by_team ON child (responsible_team_id, last_name, first_name);
CREATE INDEX child_by_worker ON child (allocated_worker_id, last_name, first_name);
CREATE INDEX child_by_date_of_birth ON child (date_of_birth);
CREATE INDEX child_by_upn ON child (upn);
CREATE INDEX child_by_nhs_number ON child (nhs_number);
COMMENT ON TABLE child IS 'A child or young person the council looks after or has looked after.';
COMMENT ON COLUMN child.id IS 'Hearth''s own opaque identifier.';
COMMENT ON COLUMN child.local_child_id IS 'The council''s child identifier, the 903 CHILD: stable year to year, never reused.';
COMMENT ON COLUMN child.first_name IS 'Legal first name.';
COMMENT ON COLUMN child.middle_names IS 'Middle names, if any.';
COMMENT ON COLUMN child.last_name IS 'Legal family name.';
COMMENT ON COLUMN child.preferred_name IS 'The name the child likes to be called, if different.';
COMMENT ON COLUMN child.date_of_birth IS 'Date of birth (903 DOB).';
COMMENT ON COLUMN child.sex IS '903 SEX: M, F or U.';
COMMENT ON COLUMN child.ethnicity IS '903 ETHNIC code.';
COMMENT ON COLUMN child.upn IS 'Unique Pupil Number, or UN1-UN5 when there is none (903 UPN).';
COMMENT ON COLUMN child.nhs_number IS 'NHS number, ten digits with a valid modulus 11 check digit.';
COMMENT ON COLUMN child.uasc IS 'Unaccompanied asylum-seeking child.';
COMMENT ON COLUMN child.uasc_ceased_on IS 'Date UASC status ceased (903 DUC).';
COMMENT ON COLUMN child.home_postcode IS 'Postcode of the child''s home address (903 HOME_POST).';
COMMENT ON COLUMN child.current_postcode IS 'Postcode where the child lives now.';
COMMENT ON COLUMN child.responsible_team_id IS 'The team responsible for the child.';
COMMENT ON COLUMN child.allocated_worker_id IS 'The allocated social worker or personal adviser.';
COMMENT ON COLUMN child.restricted IS 'When true only the users named in restricted_record_access may see the record.';
COMMENT ON COLUMN child.version IS 'Optimistic lock: incremented on every change to the record or its episodes.';
COMMENT ON COLUMN child.created_at IS 'When the record was created.';
COMMENT ON COLUMN child.created_by IS 'Who created it.';
COMMENT ON COLUMN child.updated_at IS 'When it last changed.';
COMMENT ON COLUMN child.updated_by IS 'Who last changed it.';
COMMENT ON COLUMN child.search_name IS 'Lower-case names for typo-tolerant search (trigram index).';

CREATE TABLE carer (
    id            uuid PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('FOSTER_HOUSEHOLD', 'SETTING')),
    name          text NOT NULL CHECK (length(trim(name)) > 0),
    approval_type text CHECK (approval_type IN ('CONNECTED_PERSON', 'MAINSTREAM', 'AGENCY')),
    ofsted_urn    text CHECK (ofsted_urn ~ '^(SC[0-9]{6}|[0-9]{7}|XXXXXXX)$'),
    provider_name text,
    postcode      text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'FOSTER_HOUSEHOLD') = (approval_type IS NOT NULL))
);
CREATE INDEX carer_by_name ON carer (lower(name));
COMMENT ON TABLE carer IS 'Where a child can be placed: a foster carer household or a setting (children''s home, supported accommodation, school...).';
COMMENT ON COLUMN carer.id IS 'Hearth''s identifier; a placement with the same carer id is a move with the same carers (903 RNE T/U).';
COMMENT ON COLUMN carer.kind IS 'Foster household or setting.';
COMMENT ON COLUMN carer.name IS 'Household name (e.g. "Mr and Mrs Patel") or setting name.';
COMMENT ON COLUMN carer.approval_type IS 'For foster households: connected person, mainstream (the council''s own) or agency.';
COMMENT ON COLUMN carer.ofsted_urn IS 'Ofsted unique reference number of the setting or fostering agency, where there is one (903 URN).';
COMMENT ON COLUMN carer.provider_name IS 'The organisation that provides the placement (council, agency, company, charity).';
COMMENT ON COLUMN carer.postcode IS 'Postcode of the household or setting (903 PL_POST).';
COMMENT ON COLUMN carer.created_at IS 'When it was added to Hearth.';

CREATE TABLE episode (
    id                  uuid PRIMARY KEY,
    child_id            uuid NOT NULL REFERENCES child (id),
    decom               date NOT NULL,
    rne                 text NOT NULL,
    ls                  text NOT NULL,
    cin                 text NOT NULL,
    place               text NOT NULL,
    place_provider      text,
    carer_id            uuid REFERENCES carer (id),
    pl_post             text,
    urn                 text,
    home_post           text,
    dec                 date,
    rec                 text,
    reason_place_change text,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    recorded_by         uuid REFERENCES app_user (id),
    CHECK (dec IS NULL OR dec > decom),
    CHECK ((dec IS NULL) = (rec IS NULL)),
    EXCLUDE USING gist (child_id WITH =, daterange(decom, dec, '[)') WITH &&)
);
CREATE UNIQUE INDEX episode_one_open_per_child ON episode (child_id) WHERE dec IS NULL;
CREATE INDEX episode_by_child ON episode (child_id, decom);
CREATE INDEX episode_by_carer ON episode (carer_id, decom);
COMMENT ON TABLE episode IS 'An episode of care in SSDA903 terms (903.md 2.2): a new one starts whenever legal status or placement changes; consecutive episodes of a period of care abut.';
COMMENT ON COLUMN episode.id IS 'Hearth''s identifier.';
COMMENT ON COLUMN episode.child_id IS 'The child.';
COMMENT ON COLUMN episode.decom IS 'Date the episode commenced (903 DECOM).';
COMMENT ON COLUMN episode.rne IS 'Reason for new episode (903 RNE), derived by Hearth from the command that opened it.';
COMMENT ON COLUMN episode.ls IS 'Legal status (903 LS).';
COMMENT ON COLUMN episode.cin IS 'Category of need at the start of the period of care (903 CIN).';
COMMENT ON COLUMN episode.place IS 'Placement type (903 PLACE).';
COMMENT ON COLUMN episode.place_provider IS 'Placement provider (903 PLACE_PROVIDER); blank for temporary and Z1x placements.';
COMMENT ON COLUMN episode.carer_id IS 'The foster household or setting the child is placed with, if any.';
COMMENT ON COLUMN episode.pl_post IS 'Placement postcode (903 PL_POST).';
COMMENT ON COLUMN episode.urn IS 'Ofsted URN of the placement (903 URN).';
COMMENT ON COLUMN episode.home_post IS 'The child''s home postcode when the episode started (903 HOME_POST).';
COMMENT ON COLUMN episode.dec IS 'Date the episode ceased (903 DEC); null while open.';
COMMENT ON COLUMN episode.rec IS 'Reason the episode ceased (903 REC): X1 when care continues in a new episode.';
COMMENT ON COLUMN episode.reason_place_change IS 'Reason for the placement change, on the ceasing episode (903 REASON_PLACE_CHANGE).';
COMMENT ON COLUMN episode.recorded_at IS 'When the episode was recorded in Hearth.';
COMMENT ON COLUMN episode.recorded_by IS 'Who recorded it.';
