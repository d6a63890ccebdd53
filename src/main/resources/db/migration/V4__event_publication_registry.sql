-- Spring Modulith's JDBC event publication registry (schema v2 for PostgreSQL, Modulith 2.0): an event published in a
-- business transaction is stored with it, so a listener that did not complete is retried after a restart.
CREATE TABLE event_publication (
    id                     uuid NOT NULL PRIMARY KEY,
    listener_id            text NOT NULL,
    event_type             text NOT NULL,
    serialized_event       text NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
COMMENT ON TABLE event_publication IS 'Domain events awaiting or finished delivery to a listener in another module (Spring Modulith registry).';
COMMENT ON COLUMN event_publication.id IS 'Publication identifier.';
COMMENT ON COLUMN event_publication.listener_id IS 'The listener the event is for.';
COMMENT ON COLUMN event_publication.event_type IS 'Java type of the event.';
COMMENT ON COLUMN event_publication.serialized_event IS 'The event as JSON.';
COMMENT ON COLUMN event_publication.publication_date IS 'When it was published.';
COMMENT ON COLUMN event_publication.completion_date IS 'When the listener completed; null while outstanding.';
COMMENT ON COLUMN event_publication.status IS 'Publication status (published, processing, completed, failed, resubmitted).';
COMMENT ON COLUMN event_publication.completion_attempts IS 'How many times delivery was attempted.';
COMMENT ON COLUMN event_publication.last_resubmission_date IS 'When delivery was last retried.';
