package org.hearth.permanence;

/**
 * What the permanence entry rules refuse in one part of a child's records (the 903 import asks before writing, so the
 * rules are not restated there).
 *
 * @param index the decision's or order's position in the records given; 0 for the previous permanence and the match
 * @param field the entry form's field (option, localAuthority, orderDate; decidedOn, reversedOn, reversalReason;
 *        matchedOn, byFosterCarers, adopterCount, adopterSex, adopterLegalStatus; startedOn, endedOn)
 */
public record PermanenceProblem(Part part, int index, String field, String message) {

    public enum Part {
        PREVIOUS_PERMANENCE, DECISION, MATCH, ORDER
    }
}
