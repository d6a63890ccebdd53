-- Life story work (issue 7): a child's life story book, later-life letter, memory box and direct work sessions, with
-- what the child contributed, and the photos and documents that go with them. Attachments are kept in the database
-- (never on a disk the web server could serve, never executable) after their bytes were checked and photos re-encoded
-- without their metadata. Nothing is deleted: an attachment taken off is hidden with the reason and who did it.
-- child_id and the user ids carry no foreign key (the children and access modules own those tables).

CREATE TABLE life_story_item (
    id                      uuid PRIMARY KEY,
    child_id                uuid NOT NULL,
    kind                    text NOT NULL CHECK (kind IN ('LIFE_STORY_BOOK', 'LATER_LIFE_LETTER', 'MEMORY_BOX',
                                'DIRECT_WORK_SESSION')),
    title                   text NOT NULL CHECK (length(trim(title)) > 0),
    status                  text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'SHARED_WITH_CHILD', 'COMPLETE')),
    done_by                 text NOT NULL CHECK (length(trim(done_by)) > 0),
    planned_on              date,
    done_on                 date,
    child_involvement       text,
    notes                   text,
    version                 integer NOT NULL DEFAULT 0,
    created_by              uuid,
    created_at              timestamptz NOT NULL DEFAULT now(),
    changed_by              uuid,
    changed_at              timestamptz NOT NULL DEFAULT now(),
    CHECK (status NOT IN ('SHARED_WITH_CHILD', 'COMPLETE') OR done_on IS NOT NULL)
);
CREATE INDEX life_story_item_by_child ON life_story_item (child_id, status);
COMMENT ON TABLE life_story_item IS 'A piece of life story work for a child (issue 7): a life story book, a later-life letter, a memory box or a direct work session, who is doing it, when, and what the child contributed.';
COMMENT ON COLUMN life_story_item.id IS 'Hearth''s identifier for the item.';
COMMENT ON COLUMN life_story_item.child_id IS 'The child (a child record of the children module).';
COMMENT ON COLUMN life_story_item.kind IS 'LIFE_STORY_BOOK, LATER_LIFE_LETTER, MEMORY_BOX or DIRECT_WORK_SESSION.';
COMMENT ON COLUMN life_story_item.title IS 'A short title, e.g. "My first years" or "Session about my family".';
COMMENT ON COLUMN life_story_item.status IS 'PLANNED, IN_PROGRESS, SHARED_WITH_CHILD or COMPLETE.';
COMMENT ON COLUMN life_story_item.done_by IS 'Who is doing the work: the worker, carer or other person, as typed.';
COMMENT ON COLUMN life_story_item.planned_on IS 'When it is planned for.';
COMMENT ON COLUMN life_story_item.done_on IS 'When it was done (shared with the child or completed); never in the future.';
COMMENT ON COLUMN life_story_item.child_involvement IS 'The child''s involvement: what they contributed, chose or said.';
COMMENT ON COLUMN life_story_item.notes IS 'The worker''s notes.';
COMMENT ON COLUMN life_story_item.version IS 'Optimistic lock: 0 when recorded, incremented by every change.';
COMMENT ON COLUMN life_story_item.created_by IS 'Who recorded it (null for bulk loads by the system).';
COMMENT ON COLUMN life_story_item.created_at IS 'When it was recorded.';
COMMENT ON COLUMN life_story_item.changed_by IS 'Who changed it last.';
COMMENT ON COLUMN life_story_item.changed_at IS 'When it was changed last.';

CREATE TABLE life_story_attachment (
    id                      uuid PRIMARY KEY,
    item_id                 uuid NOT NULL REFERENCES life_story_item (id),
    child_id                uuid NOT NULL,
    file_name               text NOT NULL CHECK (length(trim(file_name)) > 0),
    media_type              text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes              integer NOT NULL CHECK (size_bytes > 0),
    content                 bytea NOT NULL,
    width                   integer,
    height                  integer,
    thumbnail               bytea,
    description             text,
    uploaded_by             uuid,
    uploaded_at             timestamptz NOT NULL DEFAULT now(),
    removed_by              uuid,
    removed_at              timestamptz,
    removed_reason          text,
    CHECK ((removed_at IS NULL) = (removed_reason IS NULL)),
    CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX life_story_attachment_by_item ON life_story_attachment (item_id, uploaded_at);
CREATE INDEX life_story_attachment_by_child ON life_story_attachment (child_id);
COMMENT ON TABLE life_story_attachment IS 'A photo or document of a life story item, stored in the database after its bytes were checked (only JPEG, PNG and PDF) and photos re-encoded without metadata such as GPS location. Served only through the child''s access rule, every view access-logged.';
COMMENT ON COLUMN life_story_attachment.id IS 'Hearth''s identifier for the attachment.';
COMMENT ON COLUMN life_story_attachment.item_id IS 'The life story item it belongs to.';
COMMENT ON COLUMN life_story_attachment.child_id IS 'The child (a child record of the children module): the access rule and the access log are the child''s.';
COMMENT ON COLUMN life_story_attachment.file_name IS 'A safe file name for downloads: the uploaded name without paths or odd characters, with the extension of what the file really is.';
COMMENT ON COLUMN life_story_attachment.media_type IS 'What the bytes really are (found from the bytes, not the name): image/jpeg, image/png or application/pdf.';
COMMENT ON COLUMN life_story_attachment.size_bytes IS 'Size of the stored content in bytes.';
COMMENT ON COLUMN life_story_attachment.content IS 'The file as stored: photos re-encoded (no EXIF, GPS or comments), documents as uploaded.';
COMMENT ON COLUMN life_story_attachment.width IS 'Width of a photo in pixels; null for documents.';
COMMENT ON COLUMN life_story_attachment.height IS 'Height of a photo in pixels; null for documents.';
COMMENT ON COLUMN life_story_attachment.thumbnail IS 'A small PNG of a photo for lists; null for documents.';
COMMENT ON COLUMN life_story_attachment.description IS 'What the photo or document shows, as the worker wrote it (also the image''s text alternative).';
COMMENT ON COLUMN life_story_attachment.uploaded_by IS 'Who uploaded it (null for bulk loads by the system).';
COMMENT ON COLUMN life_story_attachment.uploaded_at IS 'When it was uploaded.';
COMMENT ON COLUMN life_story_attachment.removed_by IS 'Who took it off the item.';
COMMENT ON COLUMN life_story_attachment.removed_at IS 'When it was taken off: it is then no longer shown or served, but kept.';
COMMENT ON COLUMN life_story_attachment.removed_reason IS 'Why it was taken off.';

-- An attachment's bytes never change once stored; only its removal is recorded.
CREATE FUNCTION life_story_attachment_content_is_final() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.item_id <> OLD.item_id OR NEW.child_id <> OLD.child_id
            OR NEW.media_type <> OLD.media_type THEN
        RAISE EXCEPTION 'life story attachment % cannot change once stored', OLD.id;
    END IF;
    IF OLD.removed_at IS NOT NULL THEN
        RAISE EXCEPTION 'life story attachment % was removed and can no longer change', OLD.id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER life_story_attachment_final BEFORE UPDATE ON life_story_attachment
    FOR EACH ROW EXECUTE FUNCTION life_story_attachment_content_is_final();

REVOKE DELETE, TRUNCATE ON life_story_item, life_story_attachment FROM ${appRole};
