package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A young person's leaving care record to load in bulk (demo data; later, imports): each list oldest first.
 *
 * @param stayingPut an arrangement, or null
 * @param concerns the worker's latest concern levels, or null
 * @param overrides ratings a worker gave instead of the suggestion, each with a reason
 */
public record LeavingCareHistory(UUID childId, UUID adviserId, LocalDate adviserFrom, List<Coded> inTouch,
        List<Coded> activities, List<Coded> accommodation, StayingPutPeriod stayingPut, ConcernLevels concerns,
        List<Override> overrides) {

    /** A 903 code from a date (with the last contact, for in-touch status). */
    public record Coded(String code, LocalDate from, LocalDate lastContactOn) {
    }

    public record StayingPutPeriod(String carerName, LocalDate from, LocalDate until) {
    }

    public record ConcernLevels(ConcernLevel health, ConcernLevel money, ConcernLevel relationships,
            ConcernLevel risk, LocalDate assessedOn) {
    }

    public record Override(RagDomain domain, Rating rating, String reason, UUID givenBy, String givenByName,
            LocalDate on) {
    }
}
