package org.hearth.lifestory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.lifestory.LifeStoryKind;
import org.hearth.lifestory.LifeStoryStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The life story tables. Lists read attachment metadata only: the bytes are read one attachment at a time. */
@Repository
public class LifeStoryRepository {

    private static final String COLUMNS = """
            id, child_id, kind, title, status, done_by, planned_on, done_on, child_involvement, notes, version,
            created_by, created_at, changed_by, changed_at""";
    private static final String ATTACHMENT_COLUMNS = """
            id, item_id, file_name, media_type, size_bytes, width, height, thumbnail IS NOT NULL AS has_thumbnail,
            description, uploaded_by, uploaded_at""";

    /** The item's fields as checked, for an insert or an update. */
    record Fields(LifeStoryKind kind, String title, LifeStoryStatus status, String doneBy, LocalDate plannedOn,
            LocalDate doneOn, String childInvolvement, String notes) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LifeStoryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(UUID id, UUID childId, Fields f, UUID by) {
        jdbc.sql("""
                INSERT INTO life_story_item (id, child_id, kind, title, status, done_by, planned_on, done_on,
                    child_involvement, notes, created_by, changed_by)
                VALUES (:id, :child, :kind, :title, :status, :doneBy, :plannedOn, :doneOn, :involvement, :notes, :by,
                    :by)""")
                .param("id", id).param("child", childId).param("kind", f.kind().name()).param("title", f.title())
                .param("status", f.status().name()).param("doneBy", f.doneBy())
                .param("plannedOn", f.plannedOn(), Types.DATE).param("doneOn", f.doneOn(), Types.DATE)
                .param("involvement", f.childInvolvement()).param("notes", f.notes()).param("by", by).update();
    }

    /** Changes the item if it is still at {@code expectedVersion}; false if someone else changed it first. */
    boolean update(UUID id, int expectedVersion, Fields f, UUID by) {
        return jdbc.sql("""
                UPDATE life_story_item SET kind = :kind, title = :title, status = :status, done_by = :doneBy,
                    planned_on = :plannedOn, done_on = :doneOn, child_involvement = :involvement, notes = :notes,
                    version = version + 1, changed_by = :by, changed_at = now()
                WHERE id = :id AND version = :version""")
                .param("kind", f.kind().name()).param("title", f.title()).param("status", f.status().name())
                .param("doneBy", f.doneBy()).param("plannedOn", f.plannedOn(), Types.DATE)
                .param("doneOn", f.doneOn(), Types.DATE).param("involvement", f.childInvolvement())
                .param("notes", f.notes()).param("by", by).param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    void insertAttachment(UUID id, UUID itemId, UUID childId, AttachmentChecker.Checked file, String description,
            UUID by) {
        jdbc.sql("""
                INSERT INTO life_story_attachment (id, item_id, child_id, file_name, media_type, size_bytes, content,
                    width, height, thumbnail, description, uploaded_by)
                VALUES (:id, :item, :child, :name, :type, :size, :content, :width, :height, :thumbnail, :description,
                    :by)""")
                .param("id", id).param("item", itemId).param("child", childId).param("name", file.fileName())
                .param("type", file.mediaType()).param("size", file.content().length)
                .param("content", file.content(), Types.BINARY).param("width", file.width(), Types.INTEGER)
                .param("height", file.height(), Types.INTEGER).param("thumbnail", file.thumbnail(), Types.BINARY)
                .param("description", description).param("by", by).update();
    }

    boolean removeAttachment(UUID itemId, UUID attachmentId, String reason, UUID by) {
        return jdbc.sql("""
                UPDATE life_story_attachment SET removed_at = now(), removed_by = :by, removed_reason = :reason
                WHERE id = :id AND item_id = :item AND removed_at IS NULL""")
                .param("by", by).param("reason", reason).param("id", attachmentId).param("item", itemId)
                .update() == 1;
    }

    Optional<StoredItem> find(UUID childId, UUID itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM life_story_item WHERE id = :id AND child_id = :child")
                .param("id", itemId).param("child", childId).query((rs, n) -> item(rs)).optional()
                .map(i -> i.withAttachments(attachmentsOf(List.of(i.id())).getOrDefault(i.id(), List.of())));
    }

    Optional<StoredItem> findForUpdate(UUID childId, UUID itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM life_story_item WHERE id = :id AND child_id = :child FOR UPDATE")
                .param("id", itemId).param("child", childId).query((rs, n) -> item(rs)).optional()
                .map(i -> i.withAttachments(attachmentsOf(List.of(i.id())).getOrDefault(i.id(), List.of())));
    }

    /** A child's items, newest first by the date done or planned, each with its attachments. */
    List<StoredItem> of(UUID childId) {
        List<StoredItem> items = jdbc.sql("SELECT " + COLUMNS + " FROM life_story_item WHERE child_id = :child "
                + "ORDER BY coalesce(done_on, planned_on, created_at::date) DESC, created_at DESC")
                .param("child", childId).query((rs, n) -> item(rs)).list();
        Map<UUID, List<StoredItem.AttachmentInfo>> attachments = attachmentsOf(items.stream().map(StoredItem::id)
                .toList());
        return items.stream().map(i -> i.withAttachments(attachments.getOrDefault(i.id(), List.of()))).toList();
    }

    /** The bytes of an attachment still on the item: the file, or its thumbnail. */
    Optional<StoredItem.Content> content(UUID childId, UUID itemId, UUID attachmentId, boolean thumbnail) {
        return jdbc.sql("SELECT " + ATTACHMENT_COLUMNS + ", " + (thumbnail ? "thumbnail" : "content")
                + " AS bytes FROM life_story_attachment WHERE id = :id AND item_id = :item AND child_id = :child "
                + "AND removed_at IS NULL")
                .param("id", attachmentId).param("item", itemId).param("child", childId)
                .query((rs, n) -> {
                    StoredItem.AttachmentInfo info = attachment(rs);
                    byte[] bytes = rs.getBytes("bytes");
                    return bytes == null ? null
                            : new StoredItem.Content(info, thumbnail ? AttachmentChecker.JPEG : info.mediaType(),
                                    bytes);
                }).optional();
    }

    private Map<UUID, List<StoredItem.AttachmentInfo>> attachmentsOf(List<UUID> itemIds) {
        Map<UUID, List<StoredItem.AttachmentInfo>> result = new HashMap<>();
        if (itemIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT " + ATTACHMENT_COLUMNS + " FROM life_story_attachment WHERE item_id = ANY(:items) "
                + "AND removed_at IS NULL ORDER BY uploaded_at, id")
                .param("items", itemIds.toArray(UUID[]::new)).query((rs, n) -> attachment(rs)).list()
                .forEach(a -> result.computeIfAbsent(a.itemId(), k -> new ArrayList<>()).add(a));
        return result;
    }

    /** How much life story work a child has, and how much is shared or complete: for the child overview. */
    public record Counts(int all, int done) {
    }

    public Counts counts(UUID childId) {
        return jdbc.sql("""
                SELECT count(*) AS all_items, count(*) FILTER (WHERE status IN ('SHARED_WITH_CHILD', 'COMPLETE')) AS done
                FROM life_story_item WHERE child_id = :child""")
                .param("child", childId).query((rs, n) -> new Counts(rs.getInt("all_items"), rs.getInt("done")))
                .single();
    }

    /** Bulk load (demo and stress data): two JDBC batches. */
    public void insertAll(List<Object[]> items, List<Object[]> attachments) {
        template.batchUpdate("""
                INSERT INTO life_story_item (id, child_id, kind, title, status, done_by, planned_on, done_on,
                    child_involvement, notes, created_by, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items,
                new int[] {Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.OTHER});
        template.batchUpdate("""
                INSERT INTO life_story_attachment (id, item_id, child_id, file_name, media_type, size_bytes, content,
                    width, height, thumbnail, description, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", attachments,
                new int[] {Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
                    Types.BINARY, Types.INTEGER, Types.INTEGER, Types.BINARY, Types.VARCHAR, Types.OTHER});
    }

    private static StoredItem item(ResultSet rs) throws SQLException {
        return new StoredItem(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                LifeStoryKind.valueOf(rs.getString("kind")), rs.getString("title"),
                LifeStoryStatus.valueOf(rs.getString("status")), rs.getString("done_by"),
                rs.getObject("planned_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
                rs.getString("child_involvement"), rs.getString("notes"), rs.getInt("version"),
                rs.getObject("created_by", UUID.class), instant(rs, "created_at"),
                rs.getObject("changed_by", UUID.class), instant(rs, "changed_at"), List.of());
    }

    private static StoredItem.AttachmentInfo attachment(ResultSet rs) throws SQLException {
        return new StoredItem.AttachmentInfo(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getString("file_name"), rs.getString("media_type"), rs.getInt("size_bytes"),
                (Integer) rs.getObject("width"), (Integer) rs.getObject("height"), rs.getBoolean("has_thumbnail"),
                rs.getString("description"), rs.getObject("uploaded_by", UUID.class), instant(rs, "uploaded_at"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
