package org.hearth.practice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.springframework.stereotype.Component;

/** The store as the module's public query and bulk-load service needs it. */
@Component
public class BulkActivities {

    /** JDBC batch size for bulk loads. */
    private static final int BATCH = 5_000;

    private final ActivityRepository repository;

    BulkActivities(ActivityRepository repository) {
        this.repository = repository;
    }

    /** An activity that passed its checks, ready to insert. */
    public record Row(UUID childId, ActivityKind kind, LocalDate date, Map<String, String> values) {
    }

    public Map<UUID, List<ActivityView>> histories(Collection<UUID> childIds) {
        return repository.histories(childIds);
    }

    public Map<UUID, List<ActivityView>> histories(Collection<UUID> childIds,
            java.util.Set<org.hearth.practice.ActivityKind> kinds, java.time.LocalDate from, java.time.LocalDate until) {
        return repository.histories(childIds, kinds, from, until);
    }

    public void forEachHistory(Consumer<List<ActivityView>> perChild) {
        repository.forEachHistory(perChild);
    }

    public void insertAll(List<Row> rows, UUID by) {
        List<Object[]> batch = new ArrayList<>(Math.min(rows.size(), BATCH));
        for (Row row : rows) {
            batch.add(ActivityRepository.row(row.childId(), row.kind(), row.date(), row.values(), by));
            if (batch.size() == BATCH) {
                repository.insertAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            repository.insertAll(batch);
        }
    }

    /** Writes the next version of each (a bulk correction, e.g. by a 903 return import); false if one had moved on. */
    public boolean update(UUID id, int expectedVersion, ActivityKind kind, LocalDate date, Map<String, String> values,
            UUID by) {
        return repository.update(id, expectedVersion, date, kind, values, false, null, by);
    }
}
