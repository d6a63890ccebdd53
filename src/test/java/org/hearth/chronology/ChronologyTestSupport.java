package org.hearth.chronology;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.TestData;

/** Reading a child's chronology straight from the database, waiting for the asynchronous listeners. */
public final class ChronologyTestSupport {

    private ChronologyTestSupport() {
    }

    /** The child's entries, oldest first, once there are at least {@code atLeast}. */
    public static List<Map<String, Object>> entries(TestData data, UUID childId, int atLeast) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> count(data, childId) >= atLeast);
        return rows(data, childId);
    }

    public static List<Map<String, Object>> rows(TestData data, UUID childId) {
        return data.ownerJdbc().queryForList("""
                SELECT id, event_date, date_precision, category, significance, title, description, source, automatic,
                    source_record_type, source_record_id, entered_in_error, version, change_kind, change_reason
                FROM chronology_entry WHERE child_id = ? ORDER BY event_date, seq""", childId);
    }

    public static long count(TestData data, UUID childId) {
        return data.ownerJdbc().queryForObject("SELECT count(*) FROM chronology_entry WHERE child_id = ?", Long.class,
                childId);
    }

    /** Waits until no event publication is outstanding, so every listener has finished. */
    public static void settled(TestData data) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> data.ownerJdbc()
                .queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Long.class)
                == 0);
    }
}
