package org.hearth.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** One recorded statutory activity, its kind's own fields in {@code details}. */
public record ActivityView(UUID id, UUID childId, ActivityKind kind, LocalDate date, Map<String, String> details,
        UUID recordedBy, Instant recordedAt, int version) {

    public ActivityView {
        details = Map.copyOf(details);
    }

    public String detail(String key) {
        return details.get(key);
    }

    /** A visit where the child was seen, alone or not: the visits regulation 28 asks for. */
    public boolean childSeen() {
        return kind == ActivityKind.VISIT && ("SEEN".equals(details.get("seen"))
                || "SEEN_ALONE".equals(details.get("seen")));
    }
}
