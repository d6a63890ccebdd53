package org.hearth.chronology.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.shared.FieldProblems;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's life story timeline (issue 7): made from the chronology, which this module owns, so the life story module
 * never reads it. The entries offered are the positive ones (achievements and life story work) and the key events, in
 * plain language, oldest first. The worker curates each: in or out, the wording rewritten for the child, a note.
 * <p>
 * Until the worker chooses, achievements and life story entries are in and other key events are out but offered: a
 * key event may be a placement move the child will want to understand, or a safeguarding matter that has no place in
 * a timeline shared with them, and only the worker can tell which. An entry marked as third-party information is
 * never in until the worker puts it in. Entries later marked as entered in error drop out.
 */
@Service
public class LifeStoryTimeline {

    static final int WORDING_MAX = 1_000;
    static final int NOTE_MAX = 2_000;
    /** Plain language for the titles of the entries Hearth makes itself; typed entries keep their own title. */
    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("Became looked after", "You came into care."),
            Map.entry("Moved placement", "You moved to a new home."),
            Map.entry("Placement type changed, same carers", "You stayed with the same carers."),
            Map.entry("Ceased to be looked after", "You left care."),
            Map.entry("Legal status changed", "A decision was made about who looks after you."),
            Map.entry("Pathway plan signed off", "Your pathway plan was agreed."),
            Map.entry("Action plan made", "You made an action plan with your workers."),
            Map.entry("Action plan closed", "Your action plan was finished."),
            Map.entry("Life story book shared with the child", "You and your worker looked at your life story book."),
            Map.entry("Life story book completed", "Your life story book was finished."),
            Map.entry("Later-life letter shared with the child", "You were given your later-life letter."),
            Map.entry("Later-life letter completed", "Your later-life letter was written."),
            Map.entry("Memory box shared with the child", "You and your worker looked at your memory box."),
            Map.entry("Memory box completed", "Your memory box was finished."),
            Map.entry("Direct work session shared with the child", "You had a life story session with your worker."),
            Map.entry("Direct work session completed", "You had a life story session with your worker."));

    private static final String SELECT = """
            SELECT e.id, e.child_id, e.event_date, e.date_precision, e.event_time, e.category, e.significance, e.title,
                e.description, e.source, e.action_taken, e.impact, e.automatic, e.source_record_type,
                e.source_record_id, e.suitable_to_share, e.third_party, e.entered_in_error, e.version,
                e.recorded_by_name, e.recorded_at, e.changed_by_name, e.changed_at, e.change_kind, e.change_reason,
                c.included AS c_included, c.child_wording AS c_wording, c.note AS c_note,
                coalesce(c.version, 0) AS c_version, c.changed_by_name AS c_by, c.changed_at AS c_at
            FROM chronology_entry e LEFT JOIN life_story_timeline_choice c ON c.entry_id = e.id
            WHERE e.child_id = :child AND NOT e.entered_in_error
                AND (e.category IN ('ACHIEVEMENT', 'LIFE_STORY') OR e.significance = 'KEY_EVENT')""";

    private final JdbcClient jdbc;
    private final ChildGate gate;
    private final Directory directory;

    LifeStoryTimeline(JdbcClient jdbc, ChildGate gate, Directory directory) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.directory = directory;
    }

    /**
     * An entry of the timeline.
     *
     * @param chosen whether the worker has chosen for it (otherwise the defaults apply)
     * @param suggestedWording the wording Hearth suggests; {@code childWording} is the worker's, when written
     * @param version the choice's version: 0 before the worker first chooses
     */
    public record Item(Entry entry, boolean included, boolean chosen, String suggestedWording, String childWording,
            String note, int version, String chosenBy) {

        /** What the child reads. */
        public String wording() {
            return childWording != null ? childWording : suggestedWording;
        }

        public String dateText() {
            return entry.datePrecision().format(entry.eventDate());
        }
    }

    public record Timeline(ChildView child, List<Item> items, LocalDate today) {

        public List<Item> included() {
            return items.stream().filter(Item::included).toList();
        }
    }

    @Transactional
    public Timeline of(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new Timeline(child, items(childId), null);
    }

    /** The timeline to share with the child (print): only what the worker has in it; logged as an export. */
    @Transactional
    public Timeline forSharing(CurrentUser user, UUID childId, LocalDate today) {
        ChildView child = gate.require(user, childId, AccessAction.EXPORT, "life story timeline print");
        return new Timeline(child, items(childId).stream().filter(Item::included).toList(), today);
    }

    @Transactional
    public Item item(CurrentUser user, UUID childId, UUID entryId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return find(childId, entryId);
    }

    /**
     * The worker's choice for an entry, against the version they saw (0 before anyone chose): someone else's choice
     * in between is a conflict, never overwritten.
     */
    @Transactional
    public Item choose(CurrentUser user, UUID childId, UUID entryId, Boolean included, String wording, String note,
            int expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "changed: life story timeline");
        Item current = find(childId, entryId);
        FieldProblems problems = new FieldProblems(List.of());
        if (included == null) {
            problems.add("included", "Choose whether this goes in the child's timeline");
        }
        String text = problems.optionalText(wording, "childWording", WORDING_MAX);
        String noteText = problems.optionalText(note, "note", NOTE_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (current.version() != expectedVersion) {
            throw stale(current.version());
        }
        String by = directory.user(user.id()).map(u -> u.displayName()).orElse("Hearth");
        int changed = expectedVersion == 0
                ? jdbc.sql("""
                        INSERT INTO life_story_timeline_choice (entry_id, child_id, included, child_wording, note,
                            changed_by, changed_by_name)
                        VALUES (:entry, :child, :included, :wording, :note, :by, :byName)
                        ON CONFLICT (entry_id) DO NOTHING""")
                        .param("entry", entryId).param("child", childId).param("included", included)
                        .param("wording", text).param("note", noteText).param("by", user.id()).param("byName", by)
                        .update()
                : jdbc.sql("""
                        UPDATE life_story_timeline_choice SET included = :included, child_wording = :wording,
                            note = :note, version = version + 1, changed_by = :by, changed_by_name = :byName,
                            changed_at = now()
                        WHERE entry_id = :entry AND version = :version""")
                        .param("included", included).param("wording", text).param("note", noteText)
                        .param("by", user.id()).param("byName", by).param("entry", entryId)
                        .param("version", expectedVersion).update();
        if (changed != 1) {
            throw stale(find(childId, entryId).version());
        }
        return find(childId, entryId);
    }

    private List<Item> items(UUID childId) {
        return jdbc.sql(SELECT + " ORDER BY e.event_date, e.event_time NULLS FIRST, e.seq").param("child", childId)
                .query((rs, n) -> item(rs)).list();
    }

    private Item find(UUID childId, UUID entryId) {
        return jdbc.sql(SELECT + " AND e.id = :entry").param("child", childId).param("entry", entryId)
                .query((rs, n) -> item(rs)).optional()
                .orElseThrow(() -> new RecordNotFoundException("No entry with id " + entryId + " in this child's "
                        + "life story timeline"));
    }

    private static Item item(ResultSet rs) throws SQLException {
        Entry entry = EntryRepository.map(rs);
        boolean chosen = rs.getObject("c_included") != null;
        boolean included = chosen ? rs.getBoolean("c_included") : includedByDefault(entry);
        return new Item(entry, included, chosen, suggested(entry), rs.getString("c_wording"), rs.getString("c_note"),
                rs.getInt("c_version"), rs.getString("c_by"));
    }

    static boolean includedByDefault(Entry entry) {
        return (entry.category() == Category.ACHIEVEMENT || entry.category() == Category.LIFE_STORY)
                && !entry.thirdPartyInformation();
    }

    /** Hearth's suggestion: plain words for the entries it makes itself, the worker's own title for the rest. */
    static String suggested(Entry entry) {
        String plain = entry.automatic() ? PLAIN.get(entry.title()) : null;
        return plain != null ? plain : entry.title().endsWith(".") ? entry.title() : entry.title() + ".";
    }

    private static StaleEditException stale(int version) {
        return new StaleEditException("Someone else changed this entry of the life story timeline since you opened "
                + "it", version);
    }
}
