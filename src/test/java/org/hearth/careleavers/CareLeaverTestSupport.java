package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.chronology.ChronologyTestSupport;
import org.hearth.support.TestData;

/** Young people for the care leaver tests (today is 26 November 2026). */
final class CareLeaverTestSupport {

    private CareLeaverTestSupport() {
    }

    /** Born 1 January 2007 (19 today), in care from 14 to 18: former relevant. */
    static UUID formerRelevant(TestData data, String first, String last, UUID team, UUID worker) {
        UUID id = data.aChild().named(first, last).born(LocalDate.of(2007, 1, 1)).inTeam(team).allocatedTo(worker)
                .create();
        data.startCare(id, LocalDate.of(2021, 1, 1));
        endCare(data, id, LocalDate.of(2025, 1, 1));
        return id;
    }

    static void endCare(TestData data, UUID id, LocalDate on) {
        data.record(id, new EpisodeCommand(EpisodeCommandType.END_CARE, on, null, null, null, null, null, null, null,
                null, "E8"));
    }

    /** Waits for the listeners (cohort read model, chronology) to finish. */
    static void settled(TestData data) {
        ChronologyTestSupport.settled(data);
    }
}
