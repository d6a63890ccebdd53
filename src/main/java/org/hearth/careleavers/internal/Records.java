package org.hearth.careleavers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hearth.careleavers.ConcernLevel;
import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.Rating;

/** The rows of a young person's leaving care record, as stored. */
public final class Records {

    private Records() {
    }

    /** What a status row records. */
    public enum StatusKind {
        IN_TOUCH, ACTIVITY, ACCOMMODATION
    }

    public record Status(UUID id, UUID childId, StatusKind kind, String code, LocalDate startedOn,
            LocalDate lastContactOn, UUID recordedBy, Instant recordedAt) {
    }

    public record Allocation(UUID id, UUID childId, UUID adviserId, LocalDate allocatedOn, UUID recordedBy,
            Instant recordedAt) {
    }

    public record StayingPut(UUID id, UUID childId, String carerName, LocalDate startedOn, LocalDate endedOn,
            UUID recordedBy, Instant recordedAt) {

        public boolean open() {
            return endedOn == null;
        }
    }

    public record Concerns(UUID id, UUID childId, ConcernLevel health, ConcernLevel money,
            ConcernLevel relationships, ConcernLevel risk, LocalDate assessedOn, UUID recordedBy,
            Instant recordedAt) {
    }

    public record RatingRecord(UUID id, UUID childId, RagDomain domain, Rating suggested, Rating given,
            boolean overridden, String reason, String rulesFired, LocalDate ratedOn, UUID givenBy,
            String givenByName, Instant givenAt) {

        public java.util.List<String> rulesFiredLines() {
            return java.util.List.of(rulesFired.split("\n"));
        }
    }

    /** What is current for one young person (any part may be missing). */
    public record Current(UUID childId, int version, Allocation adviser, Status inTouch, Status activity,
            Status accommodation, StayingPut stayingPut, Concerns concerns, Map<RagDomain, RatingRecord> ratings) {

        public static Current none(UUID childId) {
            return new Current(childId, 0, null, null, null, null, null, null, Map.of());
        }
    }
}
