package org.hearth.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One statutory activity as it stands now.
 *
 * @param date when it happened (not when it was typed)
 * @param details the kind's fields by name, as text ("SEEN_ALONE", "12", "true"); absent when not given. The names
 *        are listed on {@link ActivityKind}
 * @param recordedBy who first recorded it (null for bulk loads)
 * @param recordedAt when it was first recorded
 * @param version 0 as recorded, one more for each correction
 */
public record ActivityView(UUID id, UUID childId, ActivityKind kind, LocalDate date, Map<String, String> details,
        UUID recordedBy, Instant recordedAt, int version) {

    public ActivityView {
        details = Map.copyOf(details);
    }

    /** True for a visit where the child was seen, alone or not. */
    public boolean childSeen() {
        if (kind != ActivityKind.VISIT) {
            return false;
        }
        String seen = details.get("seen");
        return "SEEN".equals(seen) || "SEEN_ALONE".equals(seen);
    }

    /** A field of the details, or null when it was not given. */
    public String detail(String key) {
        return details.get(key);
    }
}
