-- The drift engine's read model: what is due for each child, worked out from the record (issue 5).
CREATE TABLE due_item (
    child_id     uuid    NOT NULL,
    kind         text    NOT NULL,
    due_by       date    NOT NULL,
    why          text    NOT NULL,
    date_certain boolean NOT NULL,
    record_path  text    NOT NULL,
    team_id      uuid,
    worker_id    uuid,
    computed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (child_id, kind)
);
CREATE INDEX due_item_by_worker ON due_item (worker_id, due_by);
CREATE INDEX due_item_by_team ON due_item (team_id, due_by);
CREATE INDEX due_item_by_date ON due_item (due_by);
COMMENT ON TABLE due_item IS 'What is next due for each child under each timescale, worked out by the drift engine from the child''s record and the timescales in force. Rebuilt for a child when its record changes and for every child each day; whether an item is overdue or due soon is decided when it is read.';
COMMENT ON COLUMN due_item.child_id IS 'The child (children module''s id; no foreign key, the children module owns that table).';
COMMENT ON COLUMN due_item.kind IS 'What is due: VISIT, REVIEW, HEALTH_ASSESSMENT, DENTAL_CHECK, PERSONAL_EDUCATION_PLAN, CARE_PLAN, NEEDS_ASSESSMENT, PATHWAY_PLAN_REVIEW, PERSONAL_ADVISER_CONTACT, RECENT_ACTIVITY.';
COMMENT ON COLUMN due_item.due_by IS 'The last day it is in time.';
COMMENT ON COLUMN due_item.why IS 'The facts and the rule behind the date, in words.';
COMMENT ON COLUMN due_item.date_certain IS 'False when the date counts working days into a year whose bank holidays are not known.';
COMMENT ON COLUMN due_item.record_path IS 'The page where it is recorded.';
COMMENT ON COLUMN due_item.team_id IS 'The child''s responsible team when the item was worked out, for team dashboards.';
COMMENT ON COLUMN due_item.worker_id IS 'The child''s allocated worker when the item was worked out, for their worklist.';
COMMENT ON COLUMN due_item.computed_at IS 'When it was worked out.';

CREATE TABLE due_item_run (
    id          bigserial PRIMARY KEY,
    as_of       date        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    children    integer     NOT NULL,
    items       integer     NOT NULL
);
COMMENT ON TABLE due_item_run IS 'Each full recalculation of due items: every child''s items are worked out again each day, since items fall due as days pass and ages change.';
COMMENT ON COLUMN due_item_run.id IS 'Sequence number of the run.';
COMMENT ON COLUMN due_item_run.as_of IS 'The date the items were worked out for.';
COMMENT ON COLUMN due_item_run.started_at IS 'When the run started.';
COMMENT ON COLUMN due_item_run.finished_at IS 'When it finished.';
COMMENT ON COLUMN due_item_run.children IS 'How many children it covered.';
COMMENT ON COLUMN due_item_run.items IS 'How many due items it found.';
