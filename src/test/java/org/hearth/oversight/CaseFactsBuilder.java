package org.hearth.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.children.CareHistory;
import org.hearth.children.EpisodeView;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;

/** A child's record for rule tests: episodes and activities on chosen dates, no database. */
final class CaseFactsBuilder {

    static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private final LocalDate dateOfBirth;
    private final List<EpisodeView> episodes = new ArrayList<>();
    private final List<ActivityView> activities = new ArrayList<>();

    private CaseFactsBuilder(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    static CaseFactsBuilder bornOn(LocalDate dateOfBirth) {
        return new CaseFactsBuilder(dateOfBirth);
    }

    /** An episode from {@code decom} to {@code dec} (null: open), closing the previous one if it is still open. */
    CaseFactsBuilder episode(LocalDate decom, String rne, String legalStatus, String place, LocalDate dec) {
        if (!episodes.isEmpty() && episodes.get(episodes.size() - 1).dec() == null) {
            EpisodeView open = episodes.remove(episodes.size() - 1);
            episodes.add(new EpisodeView(open.id(), open.decom(), open.rne(), open.ls(), open.cin(), open.place(),
                    open.placeProvider(), open.carerId(), open.carerName(), null, null, null, decom, "X1", null));
        }
        episodes.add(new EpisodeView(UUID.randomUUID(), decom, rne, legalStatus, "N1", place, "PR1",
                UUID.randomUUID(), "Mr and Mrs Okafor", null, null, null, dec, dec == null ? null : "E11", null));
        return this;
    }

    CaseFactsBuilder inCareSince(LocalDate date, String place) {
        return episode(date, "S", "C2", place, null);
    }

    CaseFactsBuilder activity(ActivityKind kind, LocalDate date, String... keyValues) {
        Map<String, String> details = new HashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            details.put(keyValues[i], keyValues[i + 1]);
        }
        activities.add(new ActivityView(UUID.randomUUID(), CHILD, kind, date, details, UUID.randomUUID(),
                Instant.parse("2026-01-01T00:00:00Z"), 0));
        return this;
    }

    CaseFactsBuilder visit(LocalDate date) {
        return activity(ActivityKind.VISIT, date, "seen", "SEEN");
    }

    CaseFacts on(LocalDate today) {
        return new CaseFacts(new CareHistory(CHILD, dateOfBirth, null, null, episodes), activities, today);
    }
}
