package org.hearth.returns.internal.validation.rules;

import java.util.List;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;

/** Small facts several of the rules 101 to 299 share. */
final class Rules100To299Helpers {

    /** The OC2 items for children looked after for 12 months, other than the SDQ (rules 181, 190, 215). */
    static final String[] OC2_ITEMS = {"CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"};

    /** The four OC2 items every child in the 12-month cohort needs (rules 182, 191). */
    static final String[] OC2_CORE_ITEMS = {"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"};

    static final String[] OC3_ITEMS = {"IN_TOUCH", "ACTIV", "ACCOM"};

    static final String[] AD1_ITEMS = {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
            "LS_ADOPTR"};

    /** Placements that take no Ofsted URN (rules 218 and 222, 2025-26 lists). */
    static final Set<String> PLACEMENTS_WITHOUT_URN = Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3",
            "T4", "Z11", "Z12", "Z13", "Z14");

    private Rules100To299Helpers() {
    }

    static boolean anyPresent(ReturnRow row, String... columns) {
        for (String column : columns) {
            if (row.isPresent(column)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyBlank(ReturnRow row, String... columns) {
        for (String column : columns) {
            if (row.isBlank(column)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the child's rows in this table has one of these items filled in. */
    static boolean anyRowHasAny(List<ReturnRow> rows, String... columns) {
        for (ReturnRow row : rows) {
            if (anyPresent(row, columns)) {
                return true;
            }
        }
        return false;
    }
}
