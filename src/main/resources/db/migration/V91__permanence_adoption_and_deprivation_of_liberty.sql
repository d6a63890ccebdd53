-- Permanence records for the 903 return (issue 8; docs/903.md 2.7-2.9 and 2.12): previous permanence, the decision
-- that a child should be placed for adoption (and its reversal), the adoption match and adopters, and Deprivation
-- of Liberty Orders. child_id and user ids carry no foreign key (the children and access modules own those tables).

CREATE TABLE previous_permanence (
    child_id    uuid PRIMARY KEY,
    option_code text NOT NULL CHECK (option_code IN ('P1', 'P2', 'P3', 'P4', 'Z1')),
    la_code     text CHECK (la_code ~ '^([0-9]{3}|WAL|SCO|NUK|NIR)$'),
    order_date  text CHECK (order_date ~ '^([0-3][0-9]|zz)/([0-1][0-9]|zz)/([0-9]{4}|zzzz)$'),
    version     integer NOT NULL DEFAULT 0,
    changed_by  uuid,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (option_code <> 'Z1' OR (la_code IS NULL AND order_date IS NULL))
);
COMMENT ON TABLE previous_permanence IS 'The child''s permanence option before they started to be looked after (903 PrevPerm, docs/903.md 2.9).';
COMMENT ON COLUMN previous_permanence.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN previous_permanence.option_code IS '903 PREV_PERM: P1 adoption, P2 special guardianship order, P3 residence / child arrangements order, P4 unknown, Z1 none.';
COMMENT ON COLUMN previous_permanence.la_code IS '903 LA_PERM: the old three-digit DfE number of the council that arranged it, or WAL, SCO, NUK, NIR; null when not known or Z1.';
COMMENT ON COLUMN previous_permanence.order_date IS '903 DATE_PERM: dd/mm/yyyy, or partial with zz for an unknown day or month and zzzz for an unknown year; null when not known or Z1.';
COMMENT ON COLUMN previous_permanence.version IS 'Optimistic lock: 0 when recorded, incremented by every change.';
COMMENT ON COLUMN previous_permanence.changed_by IS 'Who last recorded it (null for bulk loads).';
COMMENT ON COLUMN previous_permanence.changed_at IS 'When it was last recorded.';

CREATE TABLE adoption_decision (
    id              uuid PRIMARY KEY,
    child_id        uuid NOT NULL,
    decided_on      date NOT NULL,
    reversed_on     date,
    reversal_reason text CHECK (reversal_reason IN ('RD1', 'RD2', 'RD3', 'RD4')),
    version         integer NOT NULL DEFAULT 0,
    changed_by      uuid,
    changed_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((reversed_on IS NULL) = (reversal_reason IS NULL)),
    CHECK (reversed_on IS NULL OR reversed_on >= decided_on)
);
CREATE INDEX adoption_decision_by_child ON adoption_decision (child_id, decided_on);
COMMENT ON TABLE adoption_decision IS 'The council''s decision that a child should be placed for adoption, and its reversal (903 PlacedAdoption, docs/903.md 2.8).';
COMMENT ON COLUMN adoption_decision.id IS 'Hearth''s identifier for the decision.';
COMMENT ON COLUMN adoption_decision.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN adoption_decision.decided_on IS '903 DATE_PLACED (and AD1 DATE_INT): the date of the decision that the child should be placed for adoption.';
COMMENT ON COLUMN adoption_decision.reversed_on IS '903 DATE_PLACED_CEASED: the date of the decision that the child should no longer be placed for adoption.';
COMMENT ON COLUMN adoption_decision.reversal_reason IS '903 REASON_PLACED_CEASED: RD1 needs changed, RD2 no placement order, RD3 no adopters found, RD4 other (rule 119: required with a reversal).';
COMMENT ON COLUMN adoption_decision.version IS 'Optimistic lock: 0 when recorded, incremented by every change.';
COMMENT ON COLUMN adoption_decision.changed_by IS 'Who last recorded it (null for bulk loads).';
COMMENT ON COLUMN adoption_decision.changed_at IS 'When it was last recorded.';

CREATE TABLE adoption_match (
    child_id           uuid PRIMARY KEY,
    matched_on         date NOT NULL,
    by_foster_carers   boolean NOT NULL,
    adopter_count      integer NOT NULL CHECK (adopter_count IN (1, 2)),
    adopter_sex        text NOT NULL CHECK (adopter_sex IN ('M1', 'F1', 'MM', 'FF', 'MF')),
    adopter_legal_status text NOT NULL CHECK (adopter_legal_status IN ('L0', 'L11', 'L12', 'L2', 'L3', 'L4')),
    version            integer NOT NULL DEFAULT 0,
    changed_by         uuid,
    changed_at         timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE adoption_match IS 'The child''s match with prospective adopters and who the adopters are (903 AD1, docs/903.md 2.7).';
COMMENT ON COLUMN adoption_match.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN adoption_match.matched_on IS '903 DATE_MATCH: the date the child was matched with the prospective adopter(s).';
COMMENT ON COLUMN adoption_match.by_foster_carers IS '903 FOSTER_CARE: adopted by their former foster carer(s).';
COMMENT ON COLUMN adoption_match.adopter_count IS '903 NB_ADOPTR: one or two adopters.';
COMMENT ON COLUMN adoption_match.adopter_sex IS '903 SEX_ADOPTR: M1, F1, MM, FF or MF.';
COMMENT ON COLUMN adoption_match.adopter_legal_status IS '903 LS_ADOPTR: L0, L11, L12, L2, L3 or L4.';
COMMENT ON COLUMN adoption_match.version IS 'Optimistic lock: 0 when recorded, incremented by every change.';
COMMENT ON COLUMN adoption_match.changed_by IS 'Who last recorded it (null for bulk loads).';
COMMENT ON COLUMN adoption_match.changed_at IS 'When it was last recorded.';

CREATE TABLE deprivation_of_liberty_order (
    id         uuid PRIMARY KEY,
    child_id   uuid NOT NULL,
    started_on date NOT NULL,
    ended_on   date,
    version    integer NOT NULL DEFAULT 0,
    changed_by uuid,
    changed_at timestamptz NOT NULL DEFAULT now(),
    CHECK (ended_on IS NULL OR ended_on >= started_on),
    -- rule 705: a child's orders never overlap (an open order runs on without end)
    EXCLUDE USING gist (child_id WITH =, daterange(started_on, ended_on, '[]') WITH &&)
);
COMMENT ON TABLE deprivation_of_liberty_order IS 'A Deprivation of Liberty Order made for the child (903 DoLo, docs/903.md 2.12, from 2026-27).';
COMMENT ON COLUMN deprivation_of_liberty_order.id IS 'Hearth''s identifier for the order.';
COMMENT ON COLUMN deprivation_of_liberty_order.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN deprivation_of_liberty_order.started_on IS '903 DOLO_START: the day the order started.';
COMMENT ON COLUMN deprivation_of_liberty_order.ended_on IS '903 DOLO_END: the day it ended; null while it is in force.';
COMMENT ON COLUMN deprivation_of_liberty_order.version IS 'Optimistic lock: 0 when recorded, incremented by every change.';
COMMENT ON COLUMN deprivation_of_liberty_order.changed_by IS 'Who last recorded it (null for bulk loads).';
COMMENT ON COLUMN deprivation_of_liberty_order.changed_at IS 'When it was last recorded.';
