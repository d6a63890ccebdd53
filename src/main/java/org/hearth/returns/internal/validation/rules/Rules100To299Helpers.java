package org.hearth.returns.internal.validation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnUnderValidation;

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

    static boolean isShortBreak(ReturnRow episode) {
        return episode.isOneOf("LS", ReturnCodes.SHORT_BREAK_LEGAL_STATUSES);
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

    /**
     * Whether the episode overlaps the collection year: started on or before 31 March and not ended before 1 April
     * (an open episode runs to the end of the year).
     */
    static boolean overlapsYear(ReturnRow episode, ReturnUnderValidation data) {
        LocalDate decom = episode.date("DECOM");
        LocalDate dec = episode.date("DEC");
        return decom != null && !decom.isAfter(data.collectionEnd())
                && (dec == null || !dec.isBefore(data.collectionStart()));
    }

    /**
     * Whether the return's episodes carry postcode-derived fields at all. PL_LA and PL_LOCATION are only filled in
     * when the postcode directory was available when the return was read; without it every episode would lack them,
     * and rules 169 and 179 would flag every episode for a missing reference list rather than a wrong postcode.
     */
    static boolean postcodesWereLookedUp(ReturnUnderValidation data, String derivedColumn) {
        for (ReturnRow episode : data.current().rows(ReturnTable.EPISODES)) {
            if (episode.isPresent(derivedColumn)) {
                return true;
            }
        }
        return false;
    }
}
