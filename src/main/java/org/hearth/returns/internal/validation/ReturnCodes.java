package org.hearth.returns.internal.validation;

import java.util.Set;

/**
 * The code lists several rules share, as docs/903.md section 2 gives them for 2025-26 and 2026-27. A list only one
 * rule uses stays beside that rule.
 */
public final class ReturnCodes {

    public static final Set<String> SEX = Set.of("M", "F", "U");

    public static final Set<String> ETHNICITY = Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS",
            "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static final Set<String> REASON_NEW_EPISODE = Set.of("S", "L", "P", "T", "B", "U");

    public static final Set<String> LEGAL_STATUS = Set.of("C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3",
            "V2", "V3", "V4");

    /** Agreed series of short-term breaks (V3 individual episodes, V4 agreements). */
    public static final Set<String> SHORT_BREAK_LEGAL_STATUSES = Set.of("V3", "V4");

    public static final Set<String> CATEGORY_OF_NEED = Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

    /** 2025-26 and 2026-27 (docs/903.md 2.2.1, rule 146). */
    public static final Set<String> PLACEMENT_TYPE = Set.of("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3",
            "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11",
            "Z12", "Z13", "Z14");

    public static final Set<String> TEMPORARY_PLACEMENTS = Set.of("T0", "T1", "T2", "T3", "T4");

    public static final Set<String> OTHER_PLACEMENTS = Set.of("Z11", "Z12", "Z13", "Z14");

    public static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");

    public static final Set<String> FOSTER_PLACEMENTS = Set.of("U1", "U2", "U3", "U4", "U5", "U6");

    public static final Set<String> PLACEMENT_PROVIDER = Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");

    public static final Set<String> REASON_EPISODE_CEASED = Set.of("X1", "E11", "E12", "E2", "E3", "E4A", "E4B",
            "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17");

    public static final Set<String> ADOPTED = Set.of("E11", "E12");

    public static final Set<String> SPECIAL_GUARDIANSHIP = Set.of("E45", "E46", "E47", "E48");

    public static final Set<String> REASON_PLACEMENT_CHANGE = Set.of("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR",
            "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER");

    public static final Set<String> REVIEW_PARTICIPATION = Set.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6",
            "PN7");

    public static final Set<String> SDQ_REASON = Set.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");

    public static final Set<String> IN_TOUCH = Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");

    public static final Set<String> ACTIVITY = Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5",
            "G6", "0");

    public static final Set<String> ACCOMMODATION = Set.of("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1",
            "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1",
            "Y2", "Z1", "Z2", "0");

    public static final Set<String> ADOPTER_SEX = Set.of("M1", "F1", "MM", "FF", "MF");

    public static final Set<String> ADOPTER_LEGAL_STATUS = Set.of("L0", "L11", "L12", "L2", "L3", "L4");

    public static final Set<String> REASON_PLACED_CEASED = Set.of("RD1", "RD2", "RD3", "RD4");

    public static final Set<String> PREVIOUS_PERMANENCE = Set.of("P1", "P2", "P3", "P4", "Z1");

    public static final Set<String> MISSING_TYPE = Set.of("M", "A");

    public static final Set<String> SOCIAL_WORKER_CHANGE_REASON = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST",
            "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS");

    public static final Set<String> YES_NO = Set.of("0", "1");

    private ReturnCodes() {
    }
}
