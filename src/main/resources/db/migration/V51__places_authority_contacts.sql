-- The contacts directory (issue 6): for every English children's services authority, the local services a young
-- person living there may need, and the record that a young person was given them.
-- authority_code carries no foreign key: the lookup is replaced whole by an import, and contacts outlive that.
-- child_id and the user ids carry no foreign key: the child table belongs to the children module and app_user to the
-- access module (as in statutory_activity).

CREATE TABLE authority_contact (
    id                  uuid PRIMARY KEY,
    authority_code      text NOT NULL CHECK (authority_code ~ '^E(06|08|09|10)[0-9]{6}$'),
    service             text NOT NULL CHECK (service IN ('LEAVING_CARE', 'YOUTH_SUPPORT', 'HOUSING_OPTIONS',
                                                         'VIRTUAL_SCHOOL', 'HEALTH', 'EMERGENCY_DUTY')),
    name                text NOT NULL CHECK (length(trim(name)) > 0),
    phone               text,
    email               text,
    address             text,
    website             text,
    last_verified_on    date,
    version             integer NOT NULL DEFAULT 0,
    changed_by          uuid,
    changed_by_name     text,
    changed_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX authority_contact_by_authority ON authority_contact (authority_code, service);
COMMENT ON TABLE authority_contact IS 'A local contact in an English children''s services authority that a young person living there may need.';
COMMENT ON COLUMN authority_contact.id IS 'Hearth''s identifier for the contact.';
COMMENT ON COLUMN authority_contact.authority_code IS 'The upper-tier authority (local_authority.code) the contact serves.';
COMMENT ON COLUMN authority_contact.service IS 'LEAVING_CARE, YOUTH_SUPPORT (youth support and education, employment and training), HOUSING_OPTIONS, VIRTUAL_SCHOOL, HEALTH or EMERGENCY_DUTY (out-of-hours emergency duty team).';
COMMENT ON COLUMN authority_contact.name IS 'The service or team''s name as a young person would ask for it.';
COMMENT ON COLUMN authority_contact.phone IS 'Telephone number.';
COMMENT ON COLUMN authority_contact.email IS 'Email address.';
COMMENT ON COLUMN authority_contact.address IS 'Postal or visiting address.';
COMMENT ON COLUMN authority_contact.website IS 'Web page.';
COMMENT ON COLUMN authority_contact.last_verified_on IS 'When someone last checked the details were right; flagged as stale after the local setting places.contacts.stale-after (12 months by default). Null: never verified.';
COMMENT ON COLUMN authority_contact.version IS 'Optimistic lock: each change adds one; an edit made against an older version is refused.';
COMMENT ON COLUMN authority_contact.changed_by IS 'Who last added, changed or imported it (a user of the access module); null for the demo loader.';
COMMENT ON COLUMN authority_contact.changed_by_name IS 'Their name at the time.';
COMMENT ON COLUMN authority_contact.changed_at IS 'When it was last added, changed or imported.';

CREATE TABLE authority_contacts_given (
    id                  uuid PRIMARY KEY,
    child_id            uuid NOT NULL,
    authority_code      text NOT NULL,
    authority_name      text NOT NULL,
    given_on            date NOT NULL,
    how                 text NOT NULL CHECK (how IN ('IN_PERSON', 'POST', 'EMAIL', 'TEXT_MESSAGE')),
    note                text,
    contacts_listed     jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(contacts_listed) = 'array'),
    recorded_by         uuid NOT NULL,
    recorded_by_name    text NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX authority_contacts_given_by_child ON authority_contacts_given (child_id, given_on DESC);
COMMENT ON TABLE authority_contacts_given IS 'That a young person living outside the home area was given the contacts of the authority where they live. Written once, never changed or deleted.';
COMMENT ON COLUMN authority_contacts_given.id IS 'Hearth''s identifier for the record.';
COMMENT ON COLUMN authority_contacts_given.child_id IS 'The young person (a child record of the children module).';
COMMENT ON COLUMN authority_contacts_given.authority_code IS 'The authority whose contacts they were given.';
COMMENT ON COLUMN authority_contacts_given.authority_name IS 'Its name at the time.';
COMMENT ON COLUMN authority_contacts_given.given_on IS 'When they were given them (not in the future).';
COMMENT ON COLUMN authority_contacts_given.how IS 'IN_PERSON, POST, EMAIL or TEXT_MESSAGE.';
COMMENT ON COLUMN authority_contacts_given.note IS 'Anything worth knowing about it, as typed.';
COMMENT ON COLUMN authority_contacts_given.contacts_listed IS 'The contacts as they stood when recorded (service, name, phone, email), so what was given can always be told.';
COMMENT ON COLUMN authority_contacts_given.recorded_by IS 'Who recorded it (a user of the access module).';
COMMENT ON COLUMN authority_contacts_given.recorded_by_name IS 'Their name at the time.';
COMMENT ON COLUMN authority_contacts_given.recorded_at IS 'When it was recorded.';

REVOKE UPDATE, DELETE, TRUNCATE ON authority_contacts_given FROM ${appRole};
