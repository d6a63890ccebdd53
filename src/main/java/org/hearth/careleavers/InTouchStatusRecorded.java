package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The council's contact with the young person was recorded (903 IN_TOUCH).
 *
 * @param lost the young person was in touch (or nothing was recorded) and now is not (NO or REFU)
 */
public record InTouchStatusRecorded(UUID childId, UUID statusId, String code, String description,
        String previousCode, LocalDate since, LocalDate lastContactOn, boolean lost, UUID recordedBy)
        implements Events {
}
