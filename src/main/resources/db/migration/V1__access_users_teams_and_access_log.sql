-- Rights for the application's login role: it reads and writes rows, never changes the schema.
GRANT USAGE ON SCHEMA public TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};

CREATE TABLE team (
    id         uuid PRIMARY KEY,
    name       text NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind       text NOT NULL CHECK (kind IN ('CHILDREN_IN_CARE', 'LEAVING_CARE', 'OTHER')),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE team IS 'A team of practitioners; children are the responsibility of one team.';
COMMENT ON COLUMN team.id IS 'Hearth''s identifier for the team.';
COMMENT ON COLUMN team.name IS 'Name shown to users, unique.';
COMMENT ON COLUMN team.kind IS 'Children in care, leaving care (personal advisers) or other.';
COMMENT ON COLUMN team.created_at IS 'When the team was created in Hearth.';

CREATE TABLE app_user (
    id              uuid PRIMARY KEY,
    username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{1,99}$'),
    display_name    text NOT NULL CHECK (length(trim(display_name)) > 0),
    email           text,
    password_hash   text,
    enabled         boolean NOT NULL DEFAULT true,
    last_sign_in_at timestamptz,
    version         integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_user IS 'A person who signs in to Hearth.';
COMMENT ON COLUMN app_user.id IS 'Hearth''s identifier for the user.';
COMMENT ON COLUMN app_user.username IS 'Sign-in name, lower case, unique.';
COMMENT ON COLUMN app_user.display_name IS 'Name shown to other users.';
COMMENT ON COLUMN app_user.email IS 'Work email address, optional.';
COMMENT ON COLUMN app_user.password_hash IS 'Adaptive hash of the local password in Spring Security''s {id} format; null when the user cannot sign in with a local password.';
COMMENT ON COLUMN app_user.enabled IS 'False when the account is disabled; a disabled user cannot sign in.';
COMMENT ON COLUMN app_user.last_sign_in_at IS 'When the user last signed in successfully.';
COMMENT ON COLUMN app_user.version IS 'Optimistic lock: incremented on every change.';
COMMENT ON COLUMN app_user.created_at IS 'When the account was created.';

CREATE TABLE user_role (
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('SOCIAL_WORKER', 'PERSONAL_ADVISER', 'TEAM_MANAGER',
                                          'INDEPENDENT_REVIEWING_OFFICER', 'HEAD_OF_SERVICE',
                                          'PERFORMANCE_OFFICER', 'ADMINISTRATOR')),
    PRIMARY KEY (user_id, role)
);
COMMENT ON TABLE user_role IS 'The roles a user holds; a role decides what the user may do and which children they see.';
COMMENT ON COLUMN user_role.user_id IS 'The user.';
COMMENT ON COLUMN user_role.role IS 'One of the seven roles.';

CREATE TABLE team_membership (
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    team_id uuid NOT NULL REFERENCES team (id),
    PRIMARY KEY (user_id, team_id)
);
CREATE INDEX team_membership_by_team ON team_membership (team_id);
COMMENT ON TABLE team_membership IS 'Teams a user works in; a team manager manages the teams they are a member of.';
COMMENT ON COLUMN team_membership.user_id IS 'The user.';
COMMENT ON COLUMN team_membership.team_id IS 'The team.';

CREATE TABLE restricted_record_access (
    child_id   uuid NOT NULL,
    user_id    uuid NOT NULL REFERENCES app_user (id),
    granted_by uuid REFERENCES app_user (id),
    granted_at timestamptz NOT NULL DEFAULT now(),
    reason     text NOT NULL CHECK (length(trim(reason)) > 0),
    PRIMARY KEY (child_id, user_id)
);
CREATE INDEX restricted_record_access_by_user ON restricted_record_access (user_id);
COMMENT ON TABLE restricted_record_access IS 'Users named on a restricted child''s record: only they may see it, whatever their role.';
COMMENT ON COLUMN restricted_record_access.child_id IS 'The restricted child (owned by the children module).';
COMMENT ON COLUMN restricted_record_access.user_id IS 'A user who may see the record.';
COMMENT ON COLUMN restricted_record_access.granted_by IS 'The head of service who granted access; null for the user who restricted the record.';
COMMENT ON COLUMN restricted_record_access.granted_at IS 'When access was granted.';
COMMENT ON COLUMN restricted_record_access.reason IS 'Why access was granted.';

CREATE TABLE access_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    user_id     uuid,
    username    text NOT NULL,
    action      text NOT NULL CHECK (action IN ('VIEW', 'CHANGE', 'EXPORT', 'GRANT')),
    child_id    uuid,
    what        text NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
    request_id  text
);
CREATE INDEX access_log_by_child ON access_log (child_id, occurred_at DESC);
CREATE INDEX access_log_by_user ON access_log (user_id, occurred_at DESC);
COMMENT ON TABLE access_log IS 'Append-only record of every view, change, export and denied attempt on a child''s record.';
COMMENT ON COLUMN access_log.id IS 'Sequence number of the entry.';
COMMENT ON COLUMN access_log.occurred_at IS 'When the access happened.';
COMMENT ON COLUMN access_log.user_id IS 'Who (Hearth user id); null when the user is not known to Hearth.';
COMMENT ON COLUMN access_log.username IS 'Who (sign-in name at the time).';
COMMENT ON COLUMN access_log.action IS 'View, change, export, or grant of access.';
COMMENT ON COLUMN access_log.child_id IS 'Which child''s record.';
COMMENT ON COLUMN access_log.what IS 'What was accessed, in words (e.g. "child overview", "placement change").';
COMMENT ON COLUMN access_log.outcome IS 'Allowed, or denied by the access rules.';
COMMENT ON COLUMN access_log.request_id IS 'Request identifier, to match the entry with application logs.';

-- The application's role may only add and read entries; the trigger refuses changes from anyone, owner included.
REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM ${appRole};

CREATE FUNCTION refuse_access_log_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'The access log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
COMMENT ON FUNCTION refuse_access_log_change() IS 'Refuses any UPDATE or DELETE of access_log rows.';

CREATE TRIGGER access_log_is_append_only
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION refuse_access_log_change();
