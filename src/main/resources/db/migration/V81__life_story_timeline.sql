-- The life story timeline (issue 7), owned by the chronology module: made from a child's chronology (key events,
-- achievements and life story entries) in plain language, which the worker curates entry by entry. A row exists only
-- once the worker has chosen something for an entry; without one the timeline's defaults apply.

CREATE TABLE life_story_timeline_choice (
    entry_id                uuid PRIMARY KEY REFERENCES chronology_entry (id),
    child_id                uuid NOT NULL,
    included                boolean NOT NULL,
    child_wording           text,
    note                    text,
    version                 integer NOT NULL DEFAULT 1,
    changed_by              uuid,
    changed_by_name         text NOT NULL,
    changed_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX life_story_timeline_choice_by_child ON life_story_timeline_choice (child_id);
COMMENT ON TABLE life_story_timeline_choice IS 'The worker''s choice for one chronology entry in the child''s life story timeline: in or out, the wording for the child, and a note.';
COMMENT ON COLUMN life_story_timeline_choice.entry_id IS 'The chronology entry.';
COMMENT ON COLUMN life_story_timeline_choice.child_id IS 'The child whose timeline it is (a child record of the children module).';
COMMENT ON COLUMN life_story_timeline_choice.included IS 'Whether the entry is in the timeline shared with the child.';
COMMENT ON COLUMN life_story_timeline_choice.child_wording IS 'The event as written for the child, in plain language; null to use the wording Hearth suggests.';
COMMENT ON COLUMN life_story_timeline_choice.note IS 'A note for the child or the worker alongside the event.';
COMMENT ON COLUMN life_story_timeline_choice.version IS 'Optimistic lock: 1 when first chosen (0 means no choice yet), incremented by every change.';
COMMENT ON COLUMN life_story_timeline_choice.changed_by IS 'Who made the latest choice.';
COMMENT ON COLUMN life_story_timeline_choice.changed_by_name IS 'Their name at the time.';
COMMENT ON COLUMN life_story_timeline_choice.changed_at IS 'When the latest choice was made.';

REVOKE DELETE, TRUNCATE ON life_story_timeline_choice FROM ${appRole};
