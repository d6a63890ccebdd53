package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.ChronologyTestSupport.count;
import static org.hearth.chronology.ChronologyTestSupport.entries;
import static org.hearth.chronology.ChronologyTestSupport.settled;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.hearth.database.FailedEventRetries;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * If Hearth dies after a business transaction commits but before the chronology's listener has run, the entry still
 * appears after the restart. The crash is reproduced in the database as it would be left: the business change and its
 * stored publication committed, the publication incomplete, no entry. Then the start-up step Spring Modulith runs on
 * restart (republish-outstanding-events-on-restart) is run, and the entry appears.
 */
class ChronologyDurabilityTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    FailedEventRetries retries;

    @Test
    void anEventWhoseListenerNeverRanIsDeliveredOnRestart() {
        // the business transaction of a child committed, its publication stored with it, and then Hearth died: the
        // listener never ran
        UUID second = childWithUndeliveredRecordCreated("PUBLISHED", 1);
        assertThat(count(data, second)).isZero();

        restartStep();

        assertThat(entries(data, second, 1).get(0)).containsEntry("title", "Child's record created in Hearth");
        settled(data);
        assertThat(count(data, second)).isEqualTo(1);
    }

    @Test
    void aFailedDeliveryIsRetriedWithoutARestart() {
        // the listener failed (say the database was briefly unreachable): no entry, the publication marked failed
        UUID second = childWithUndeliveredRecordCreated("FAILED", 1);

        retries.retryFailed();

        assertThat(entries(data, second, 1).get(0)).containsEntry("title", "Child's record created in Hearth");
        settled(data);
        assertThat(count(data, second)).isEqualTo(1);
    }

    @Test
    void aDeliveryThatKeepsFailingIsLeftAfterTheLastAttempt() {
        UUID second = childWithUndeliveredRecordCreated("FAILED", 5);

        retries.retryFailed();

        assertThat(data.ownerJdbc().queryForObject("""
                SELECT status FROM event_publication WHERE serialized_event LIKE ?""", String.class,
                "%" + second + "%")).isEqualTo("FAILED");
        assertThat(count(data, second)).isZero();
    }

    /**
     * A child whose record was created (the row committed) but whose ChildRecordCreated never reached the chronology:
     * the publication is stored as the registry would have left it, with the registry's own listener id and
     * serialised form copied from a real publication.
     */
    private UUID childWithUndeliveredRecordCreated(String status, int attempts) {
        UUID first = data.aChild().create();
        entries(data, first, 1);
        settled(data);
        Map<String, Object> stored = data.ownerJdbc().queryForMap("""
                SELECT listener_id, event_type, serialized_event FROM event_publication
                WHERE event_type LIKE '%ChildRecordCreated' AND listener_id LIKE '%chronology%'""");
        UUID second = UUID.randomUUID();
        data.ownerJdbc().update("""
                INSERT INTO child (id, local_child_id, first_name, last_name, date_of_birth, sex, ethnicity,
                    responsible_team_id, allocated_worker_id)
                VALUES (?, 'CRASH1', 'Kai', 'Lowe', DATE '2015-04-01', 'M', 'WBRI', ?, ?)""", second, data.northTeam,
                data.worker);
        String secondEvent = ((String) stored.get("serialized_event")).replace(first.toString(), second.toString())
                .replaceAll("\"localChildId\":\"[^\"]*\"", "\"localChildId\":\"CRASH1\"");
        data.ownerJdbc().update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                    completion_attempts)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), stored.get("listener_id"),
                stored.get("event_type"), secondEvent, Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)),
                status, attempts);
        return second;
    }

    @Test
    void aRedeliveredEventAddsNothingTwice() {
        UUID child = data.aChild().create();
        entries(data, child, 1);
        settled(data);
        data.ownerJdbc().update("UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED'");

        restartStep();

        settled(data);
        assertThat(count(data, child)).isEqualTo(1);
    }

    /** What Spring Modulith does at start-up: resubmit every incomplete publication. */
    private void restartStep() {
        ((SmartInitializingSingleton) context.getBean("applicationEventMulticaster")).afterSingletonsInstantiated();
    }
}
