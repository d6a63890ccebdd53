-- Missing from care and UASC (issue 7): missing and away-without-authorisation episodes (903 Missing table), the
-- return home interview after each, strategy discussions prompted by a pattern of episodes, the trafficking protocol
-- steps for an unaccompanied asylum-seeking child, their age assessment and National Transfer Scheme transfers.
-- child_id and the user ids carry no foreign key (the children and access modules own those tables).

CREATE TABLE missing_episode (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    missing_type            text NOT NULL CHECK (missing_type IN ('M', 'A')),
    started_at              timestamptz NOT NULL,
    ended_at                timestamptz,
    where_found             text,
    reported_to_police      boolean NOT NULL,
    police_reference        text,
    risk_level              text NOT NULL CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    risk_note               text,
    uasc                    boolean NOT NULL DEFAULT false,
    version                 integer NOT NULL DEFAULT 0,
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now(),
    changed_by              uuid,
    changed_at              timestamptz,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX missing_episode_by_child ON missing_episode (child_id, started_at);
CREATE UNIQUE INDEX missing_episode_one_open ON missing_episode (child_id) WHERE ended_at IS NULL;
CREATE INDEX missing_episode_by_dates ON missing_episode (started_at, ended_at);
COMMENT ON TABLE missing_episode IS 'A period a looked-after child was missing (whereabouts unknown) or away from placement without authorisation (whereabouts known): the 903 Missing table''s rows. At most one open per child (903 rule 574).';
COMMENT ON COLUMN missing_episode.id IS 'Hearth''s identifier for the episode.';
COMMENT ON COLUMN missing_episode.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN missing_episode.missing_type IS '903 MISSING: M missing (whereabouts unknown), A away from placement without authorisation (whereabouts known).';
COMMENT ON COLUMN missing_episode.started_at IS 'When the child left the placement or was last seen by a responsible adult (903 MIS_START).';
COMMENT ON COLUMN missing_episode.ended_at IS 'When the child was found or returned (903 MIS_END); null while still missing.';
COMMENT ON COLUMN missing_episode.where_found IS 'Where the child was found or returned from.';
COMMENT ON COLUMN missing_episode.reported_to_police IS 'Whether the episode was reported to the police.';
COMMENT ON COLUMN missing_episode.police_reference IS 'The police reference, when reported.';
COMMENT ON COLUMN missing_episode.risk_level IS 'Risk to the child at the time: LOW, MEDIUM or HIGH.';
COMMENT ON COLUMN missing_episode.risk_note IS 'Why that risk level.';
COMMENT ON COLUMN missing_episode.uasc IS 'True when the child was an unaccompanied asylum-seeking child when it was recorded: the trafficking protocol steps apply.';
COMMENT ON COLUMN missing_episode.version IS 'Optimistic lock: 0 when recorded, incremented by every change (ending it, correcting it).';
COMMENT ON COLUMN missing_episode.recorded_by IS 'Who recorded it (null for bulk loads by the system).';
COMMENT ON COLUMN missing_episode.recorded_at IS 'When it was recorded.';
COMMENT ON COLUMN missing_episode.changed_by IS 'Who last changed it.';
COMMENT ON COLUMN missing_episode.changed_at IS 'When it was last changed.';

CREATE TABLE return_home_interview (
    episode_id              uuid PRIMARY KEY REFERENCES missing_episode (id),
    child_id                uuid NOT NULL,
    offered_at              timestamptz NOT NULL,
    offered_by_name         text NOT NULL CHECK (length(trim(offered_by_name)) > 0),
    independent             boolean NOT NULL,
    response                text NOT NULL CHECK (response IN ('ACCEPTED', 'DECLINED', 'NO_ANSWER_YET')),
    held_on                 date,
    push_factors            text,
    pull_factors            text,
    actions                 text,
    version                 integer NOT NULL DEFAULT 0,
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now(),
    CHECK (held_on IS NULL OR response = 'ACCEPTED')
);
CREATE INDEX return_home_interview_by_child ON return_home_interview (child_id);
COMMENT ON TABLE return_home_interview IS 'The return home interview offered after a missing episode ended (offered within 72 hours of return: DfE statutory guidance 2014), by whom, the child''s answer, and what they said.';
COMMENT ON COLUMN return_home_interview.episode_id IS 'The missing episode it follows.';
COMMENT ON COLUMN return_home_interview.child_id IS 'The child.';
COMMENT ON COLUMN return_home_interview.offered_at IS 'When the interview was offered to the child.';
COMMENT ON COLUMN return_home_interview.offered_by_name IS 'Who offered (and would hold) it: a person or service.';
COMMENT ON COLUMN return_home_interview.independent IS 'Whether that person is independent of the child''s placement and social worker (independent where possible).';
COMMENT ON COLUMN return_home_interview.response IS 'ACCEPTED, DECLINED or NO_ANSWER_YET.';
COMMENT ON COLUMN return_home_interview.held_on IS 'When it was held; null until then.';
COMMENT ON COLUMN return_home_interview.push_factors IS 'What the child said pushed them away from where they live.';
COMMENT ON COLUMN return_home_interview.pull_factors IS 'What the child said drew them to where they went.';
COMMENT ON COLUMN return_home_interview.actions IS 'What will be done as a result.';
COMMENT ON COLUMN return_home_interview.version IS 'Optimistic lock: 0 when first recorded, incremented by every change.';
COMMENT ON COLUMN return_home_interview.recorded_by IS 'Who last recorded it (null for bulk loads).';
COMMENT ON COLUMN return_home_interview.recorded_at IS 'When it was last recorded.';

CREATE TABLE trafficking_protocol_step (
    episode_id              uuid NOT NULL REFERENCES missing_episode (id),
    step                    text NOT NULL CHECK (step IN ('RISK_ASSESSMENT', 'POLICE_TRAFFICKING_CONCERN',
                                'NRM_DECISION', 'HOME_OFFICE_NOTIFIED', 'GUARDIAN_NOTIFIED')),
    child_id                uuid NOT NULL,
    due_at                  timestamptz NOT NULL,
    outcome                 text CHECK (outcome IN ('DONE', 'NOT_APPLICABLE', 'REFERRED', 'NOT_REFERRED')),
    completed_at            timestamptz,
    completed_by_name       text,
    note                    text,
    recorded_by             uuid,
    recorded_at             timestamptz,
    PRIMARY KEY (episode_id, step),
    CHECK ((outcome IS NULL) = (completed_at IS NULL))
);
CREATE INDEX trafficking_protocol_step_open ON trafficking_protocol_step (child_id) WHERE outcome IS NULL;
COMMENT ON TABLE trafficking_protocol_step IS 'A step of the local trafficking protocol (policy uasc.missing-protocol) for a missing episode of an unaccompanied asylum-seeking child, due a set time after the child went missing. Completed once.';
COMMENT ON COLUMN trafficking_protocol_step.episode_id IS 'The missing episode.';
COMMENT ON COLUMN trafficking_protocol_step.step IS 'RISK_ASSESSMENT, POLICE_TRAFFICKING_CONCERN, NRM_DECISION (National Referral Mechanism referral considered), HOME_OFFICE_NOTIFIED or GUARDIAN_NOTIFIED (Independent Child Trafficking Guardian).';
COMMENT ON COLUMN trafficking_protocol_step.child_id IS 'The child.';
COMMENT ON COLUMN trafficking_protocol_step.due_at IS 'When it is due: the episode''s start plus the step''s time in local policy when the episode was recorded.';
COMMENT ON COLUMN trafficking_protocol_step.outcome IS 'Null while open; DONE, NOT_APPLICABLE (with the reason in note), or for the NRM step REFERRED or NOT_REFERRED (with the reason in note).';
COMMENT ON COLUMN trafficking_protocol_step.completed_at IS 'When it was done or decided.';
COMMENT ON COLUMN trafficking_protocol_step.completed_by_name IS 'Who did it.';
COMMENT ON COLUMN trafficking_protocol_step.note IS 'What was done, or why not applicable or not referred.';
COMMENT ON COLUMN trafficking_protocol_step.recorded_by IS 'Who recorded the completion.';
COMMENT ON COLUMN trafficking_protocol_step.recorded_at IS 'When the completion was recorded.';

CREATE TABLE missing_strategy_discussion (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    held_on                 date NOT NULL,
    attendees               text NOT NULL CHECK (length(trim(attendees)) > 0),
    decision                text NOT NULL CHECK (length(trim(decision)) > 0),
    next_steps              text,
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX missing_strategy_discussion_by_child ON missing_strategy_discussion (child_id, held_on);
COMMENT ON TABLE missing_strategy_discussion IS 'A strategy discussion about a child''s pattern of missing episodes, recorded as a decision; it answers the prompt raised by the local trigger (missing.strategy-discussion.*). Written once.';
COMMENT ON COLUMN missing_strategy_discussion.id IS 'Hearth''s identifier for the discussion.';
COMMENT ON COLUMN missing_strategy_discussion.child_id IS 'The child.';
COMMENT ON COLUMN missing_strategy_discussion.held_on IS 'When it was held.';
COMMENT ON COLUMN missing_strategy_discussion.attendees IS 'Who attended (names and agencies).';
COMMENT ON COLUMN missing_strategy_discussion.decision IS 'What was decided.';
COMMENT ON COLUMN missing_strategy_discussion.next_steps IS 'Next steps, who and by when.';
COMMENT ON COLUMN missing_strategy_discussion.recorded_by IS 'Who recorded it (null for bulk loads).';
COMMENT ON COLUMN missing_strategy_discussion.recorded_at IS 'When it was recorded.';

CREATE TABLE uasc_age_assessment (
    child_id                uuid PRIMARY KEY,
    status                  text NOT NULL CHECK (status IN ('NOT_NEEDED', 'PLANNED', 'IN_PROGRESS', 'AGE_ACCEPTED',
                                'AGE_DISPUTED')),
    status_on               date NOT NULL,
    outcome_note            text,
    version                 integer NOT NULL DEFAULT 0,
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE uasc_age_assessment IS 'Where an unaccompanied asylum-seeking child''s age assessment stands.';
COMMENT ON COLUMN uasc_age_assessment.child_id IS 'The child.';
COMMENT ON COLUMN uasc_age_assessment.status IS 'NOT_NEEDED, PLANNED, IN_PROGRESS, AGE_ACCEPTED (completed: age accepted) or AGE_DISPUTED (completed: age disputed).';
COMMENT ON COLUMN uasc_age_assessment.status_on IS 'The date of that status (planned for, started, completed).';
COMMENT ON COLUMN uasc_age_assessment.outcome_note IS 'The outcome, or what is planned.';
COMMENT ON COLUMN uasc_age_assessment.version IS 'Optimistic lock: 0 when first recorded, incremented by every change.';
COMMENT ON COLUMN uasc_age_assessment.recorded_by IS 'Who last recorded it.';
COMMENT ON COLUMN uasc_age_assessment.recorded_at IS 'When it was last recorded.';

CREATE TABLE uasc_national_transfer (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    referred_on             date NOT NULL,
    from_home_office_hotel  boolean NOT NULL,
    from_authority          text NOT NULL CHECK (length(trim(from_authority)) > 0),
    to_authority            text,
    outcome                 text NOT NULL CHECK (outcome IN ('PENDING', 'TRANSFERRED', 'NOT_TRANSFERRED')),
    outcome_on              date,
    note                    text,
    version                 integer NOT NULL DEFAULT 0,
    recorded_by             uuid,
    recorded_at             timestamptz NOT NULL DEFAULT now(),
    CHECK ((outcome = 'PENDING') = (outcome_on IS NULL)),
    CHECK (outcome_on IS NULL OR outcome_on >= referred_on)
);
CREATE INDEX uasc_national_transfer_by_child ON uasc_national_transfer (child_id, referred_on);
COMMENT ON TABLE uasc_national_transfer IS 'A National Transfer Scheme referral of an unaccompanied asylum-seeking child between councils: due within 10 working days of referral, 5 from a Home Office hotel (NTS protocol).';
COMMENT ON COLUMN uasc_national_transfer.id IS 'Hearth''s identifier for the transfer.';
COMMENT ON COLUMN uasc_national_transfer.child_id IS 'The child.';
COMMENT ON COLUMN uasc_national_transfer.referred_on IS 'When the child was referred to the scheme.';
COMMENT ON COLUMN uasc_national_transfer.from_home_office_hotel IS 'Whether the child is being transferred from a Home Office hotel (5 working days rather than 10).';
COMMENT ON COLUMN uasc_national_transfer.from_authority IS 'The authority the child is transferred from.';
COMMENT ON COLUMN uasc_national_transfer.to_authority IS 'The receiving authority, once known.';
COMMENT ON COLUMN uasc_national_transfer.outcome IS 'PENDING, TRANSFERRED or NOT_TRANSFERRED.';
COMMENT ON COLUMN uasc_national_transfer.outcome_on IS 'When the child was transferred, or the transfer stopped.';
COMMENT ON COLUMN uasc_national_transfer.note IS 'Why not transferred, or anything else to know.';
COMMENT ON COLUMN uasc_national_transfer.version IS 'Optimistic lock: 0 when recorded, incremented by every change.';
COMMENT ON COLUMN uasc_national_transfer.recorded_by IS 'Who last recorded it.';
COMMENT ON COLUMN uasc_national_transfer.recorded_at IS 'When it was last recorded.';

-- Nothing is deleted; discussions are written once.
REVOKE DELETE, TRUNCATE ON missing_episode, return_home_interview, trafficking_protocol_step, uasc_age_assessment,
    uasc_national_transfer FROM ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON missing_strategy_discussion FROM ${appRole};

COMMENT ON COLUMN due_item.kind IS 'What is due: VISIT, REVIEW, HEALTH_ASSESSMENT, DENTAL_CHECK, PERSONAL_EDUCATION_PLAN, CARE_PLAN, NEEDS_ASSESSMENT, PATHWAY_PLAN_REVIEW, PERSONAL_ADVISER_CONTACT, DECISION, RECENT_ACTIVITY, ACTION_PLAN_ACTION, ACTION_PLAN_PROGRESS, ACTION_PLAN_SIGN_OFF, RETURN_HOME_INTERVIEW, MISSING_STRATEGY_DISCUSSION, TRAFFICKING_PROTOCOL_STEP.';
