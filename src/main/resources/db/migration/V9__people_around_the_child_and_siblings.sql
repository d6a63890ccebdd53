-- People around the child (issue 4): family and the professional network, so that a chronology entry's source can
-- name them; and sibling links between children's records, so a chronology can show a sibling's key events.
-- Owned by the children module (architecture.md), which other modules will also read them from.

CREATE TABLE child_person (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL REFERENCES child (id),
    kind                    text NOT NULL CHECK (kind IN ('FAMILY', 'PROFESSIONAL')),
    name                    text NOT NULL CHECK (length(trim(name)) > 0),
    relationship            text NOT NULL CHECK (length(trim(relationship)) > 0),
    parental_responsibility boolean NOT NULL DEFAULT false,
    agency                  text,
    contact_details         text,
    note                    text,
    recorded_by             uuid REFERENCES app_user (id),
    recorded_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX child_person_by_child ON child_person (child_id, kind, name);
COMMENT ON TABLE child_person IS 'A person around the child: a family member or someone in the professional network.';
COMMENT ON COLUMN child_person.id IS 'Hearth''s identifier.';
COMMENT ON COLUMN child_person.child_id IS 'The child.';
COMMENT ON COLUMN child_person.kind IS 'Family (including friends and connected people) or professional.';
COMMENT ON COLUMN child_person.name IS 'Their name.';
COMMENT ON COLUMN child_person.relationship IS 'Their relationship to the child, e.g. mother, maternal grandmother, school nurse.';
COMMENT ON COLUMN child_person.parental_responsibility IS 'Whether they hold parental responsibility for the child.';
COMMENT ON COLUMN child_person.agency IS 'For professionals, the agency or organisation they work for.';
COMMENT ON COLUMN child_person.contact_details IS 'How to contact them (telephone, email, address).';
COMMENT ON COLUMN child_person.note IS 'Anything else a worker needs to know, e.g. contact arrangements.';
COMMENT ON COLUMN child_person.recorded_by IS 'Who added them.';
COMMENT ON COLUMN child_person.recorded_at IS 'When they were added.';

CREATE TABLE sibling_link (
    child_id   uuid NOT NULL REFERENCES child (id),
    sibling_id uuid NOT NULL REFERENCES child (id),
    linked_by  uuid REFERENCES app_user (id),
    linked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (child_id, sibling_id),
    CHECK (child_id < sibling_id)
);
CREATE INDEX sibling_link_by_sibling ON sibling_link (sibling_id);
COMMENT ON TABLE sibling_link IS 'Two children''s records linked as siblings; stored once, the smaller id first.';
COMMENT ON COLUMN sibling_link.child_id IS 'One of the two children (the smaller id).';
COMMENT ON COLUMN sibling_link.sibling_id IS 'The other child (the larger id).';
COMMENT ON COLUMN sibling_link.linked_by IS 'Who linked them.';
COMMENT ON COLUMN sibling_link.linked_at IS 'When they were linked.';
