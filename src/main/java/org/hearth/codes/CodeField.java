package org.hearth.codes;

/** The 903 fields whose values come from a code list. */
public enum CodeField {
    SEX, ETHNIC, RNE, LS, CIN, PLACE, PLACE_PROVIDER, REC, REASON_PLACE_CHANGE, REVIEW_CODE, SDQ_REASON,
    /** 903 OC3 care leavers (issue 6). */
    IN_TOUCH, ACTIV, ACCOM
}
