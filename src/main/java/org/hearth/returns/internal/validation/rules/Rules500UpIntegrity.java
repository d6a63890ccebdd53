package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.AD1;
import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.HEADER;
import static org.hearth.returns.internal.data.ReturnTable.MISSING;
import static org.hearth.returns.internal.data.ReturnTable.OC2;
import static org.hearth.returns.internal.data.ReturnTable.OC3;
import static org.hearth.returns.internal.data.ReturnTable.PLACED_ADOPTION;
import static org.hearth.returns.internal.data.ReturnTable.PREV_PERM;
import static org.hearth.returns.internal.data.ReturnTable.REVIEWS;
import static org.hearth.returns.internal.data.ReturnTable.UASC;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.ReturnRule;

/** The integrity checks INT01-INT36: every child in the Header, the same date of birth and sex, one row where one is due. */
final class Rules500UpIntegrity {

    private Rules500UpIntegrity() {
    }

    /** INT01: each child in AD1 is in the Header. */
    static final ReturnRule AD1_CHILD_IN_HEADER = inHeader("INT01", AD1);

    /** INT02: each child in PlacedAdoption is in the Header. */
    static final ReturnRule PLACED_ADOPTION_CHILD_IN_HEADER = inHeader("INT02", PLACED_ADOPTION);

    /** INT03: each child in Episodes is in the Header. */
    static final ReturnRule EPISODES_CHILD_IN_HEADER = inHeader("INT03", EPISODES);

    /** INT04: each child in Missing is in the Header. */
    static final ReturnRule MISSING_CHILD_IN_HEADER = inHeader("INT04", MISSING);

    /** INT05: each child in OC2 is in the Header. */
    static final ReturnRule OC2_CHILD_IN_HEADER = inHeader("INT05", OC2);

    /** INT06: each child in OC3 is in the Header. */
    static final ReturnRule OC3_CHILD_IN_HEADER = inHeader("INT06", OC3);

    /** INT07: each child in PrevPerm is in the Header. */
    static final ReturnRule PREV_PERM_CHILD_IN_HEADER = inHeader("INT07", PREV_PERM);

    /** INT08: each child in Reviews is in the Header. */
    static final ReturnRule REVIEWS_CHILD_IN_HEADER = inHeader("INT08", REVIEWS);

    /** INT09: each child in UASC is in the Header. */
    static final ReturnRule UASC_CHILD_IN_HEADER = inHeader("INT09", UASC);

    /**
     * INT11: AD1's date of birth is the Header's. Reading (INT11-INT18, as the open validator): compared only where
     * both are real dates (a blank or invalid date is 102's or the table's concern); children not in the Header are
     * INT01-INT09's.
     */
    static final ReturnRule AD1_DOB_AS_HEADER = sameAsHeader("INT11", AD1, "DOB");

    /** INT12: PlacedAdoption's date of birth is the Header's. */
    static final ReturnRule PLACED_ADOPTION_DOB_AS_HEADER = sameAsHeader("INT12", PLACED_ADOPTION, "DOB");

    /** INT13: Missing's date of birth is the Header's. */
    static final ReturnRule MISSING_DOB_AS_HEADER = sameAsHeader("INT13", MISSING, "DOB");

    /** INT14: OC2's date of birth is the Header's. */
    static final ReturnRule OC2_DOB_AS_HEADER = sameAsHeader("INT14", OC2, "DOB");

    /** INT15: OC3's date of birth is the Header's. */
    static final ReturnRule OC3_DOB_AS_HEADER = sameAsHeader("INT15", OC3, "DOB");

    /** INT16: PrevPerm's date of birth is the Header's. */
    static final ReturnRule PREV_PERM_DOB_AS_HEADER = sameAsHeader("INT16", PREV_PERM, "DOB");

    /** INT17: Reviews' date of birth is the Header's. */
    static final ReturnRule REVIEWS_DOB_AS_HEADER = sameAsHeader("INT17", REVIEWS, "DOB");

    /** INT18: UASC's date of birth is the Header's. */
    static final ReturnRule UASC_DOB_AS_HEADER = sameAsHeader("INT18", UASC, "DOB");

    /** INT21: UASC's sex is the Header's. */
    static final ReturnRule UASC_SEX_AS_HEADER = sameAsHeader("INT21", UASC, "SEX");

    /** INT31: a child has one AD1 row. Flags the rows after the first. */
    static final ReturnRule ONE_AD1 = once("INT31", AD1);

    /** INT32: a child has one Header row. */
    static final ReturnRule ONE_HEADER = once("INT32", HEADER);

    /** INT33: a child has one OC2 row. */
    static final ReturnRule ONE_OC2 = once("INT33", OC2);

    /** INT34: a child has one OC3 row. */
    static final ReturnRule ONE_OC3 = once("INT34", OC3);

    /** INT35: a child has one PrevPerm row. */
    static final ReturnRule ONE_PREV_PERM = once("INT35", PREV_PERM);

    /** INT36: a child has one UASC row. */
    static final ReturnRule ONE_UASC = once("INT36", UASC);

    static List<ReturnRule> all() {
        return List.of(AD1_CHILD_IN_HEADER, PLACED_ADOPTION_CHILD_IN_HEADER, EPISODES_CHILD_IN_HEADER,
                MISSING_CHILD_IN_HEADER, OC2_CHILD_IN_HEADER, OC3_CHILD_IN_HEADER, PREV_PERM_CHILD_IN_HEADER,
                REVIEWS_CHILD_IN_HEADER, UASC_CHILD_IN_HEADER, AD1_DOB_AS_HEADER, PLACED_ADOPTION_DOB_AS_HEADER,
                MISSING_DOB_AS_HEADER, OC2_DOB_AS_HEADER, OC3_DOB_AS_HEADER, PREV_PERM_DOB_AS_HEADER,
                REVIEWS_DOB_AS_HEADER, UASC_DOB_AS_HEADER, UASC_SEX_AS_HEADER, ONE_AD1, ONE_HEADER, ONE_OC2, ONE_OC3,
                ONE_PREV_PERM, ONE_UASC);
    }

    /** Rows whose child is not in the Header (a blank child id is not in it either). */
    private static ReturnRule inHeader(String code, ReturnTable table) {
        return ReturnRule.eachRow(code, table,
                (row, data) -> row.child() == null || data.header(row.child()) == null);
    }

    private static ReturnRule sameAsHeader(String code, ReturnTable table, String field) {
        return ReturnRule.eachRow(code, table, (row, data) -> {
            ReturnRow header = row.child() == null ? null : data.header(row.child());
            if (header == null) {
                return false;
            }
            if (!"DOB".equals(field)) {
                return !Objects.equals(row.value(field), header.value(field));
            }
            LocalDate dob = row.date(field);
            LocalDate headerDob = header.date(field);
            return dob != null && headerDob != null && !dob.equals(headerDob);
        });
    }

    private static ReturnRule once(String code, ReturnTable table) {
        return ReturnRule.eachChild(code, table, (child, rows, data, findings) -> {
            for (int i = 1; i < rows.size(); i++) {
                findings.flag(rows.get(i));
            }
        });
    }
}
