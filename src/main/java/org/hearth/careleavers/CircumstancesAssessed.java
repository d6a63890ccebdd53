package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** The worker recorded their concern about the young person's health, money, relationships and risk. */
public record CircumstancesAssessed(UUID childId, UUID assessmentId, ConcernLevel health, ConcernLevel money,
        ConcernLevel relationships, ConcernLevel risk, LocalDate assessedOn, UUID recordedBy) implements Events {
}
