package org.hearth.careleavers.internal;

import java.time.LocalDate;

import org.hearth.careleavers.ConcernLevel;

/**
 * What the RAG rules look at for one young person: the codes as recorded now and the worker's concern levels (null
 * where nothing is recorded).
 *
 * @param lookedAfterNow in care now: where they live and whether they are in touch are the care plan's business, so
 *        the accommodation and contact rules do not apply
 */
public record RagInputs(boolean lookedAfterNow, String inTouchCode, LocalDate lastContactOn, String activityCode,
        LocalDate activitySince, String accommodationCode, ConcernLevel health, ConcernLevel money,
        ConcernLevel relationships, ConcernLevel risk) {
}
