package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.HEADER;
import static org.hearth.returns.internal.data.ReturnTable.OC3;
import static org.hearth.returns.internal.data.ReturnTable.PREV_PERM;
import static org.hearth.returns.internal.validation.ReturnUnderValidation.isShortBreak;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;

/** Rules 600 and up: motherhood (Header MOTHER, MC_DOB) and previous permanence (PrevPerm). */
final class Rules500UpMothers {

    private Rules500UpMothers() {
    }

    /** 1 April 2016, from when previous permanence is returned (rule 634's message). */
    private static final LocalDate PREVIOUS_PERMANENCE_FROM = LocalDate.of(2016, 4, 1);

    /**
     * The old three-digit DfE authority numbers and the codes for outside England (WAL, SCO, NUK, NIR) valid for
     * LA_PERM (docs/903.md 2.9, the list the open validator's rule 633 holds).
     */
    private static final Set<String> LA_PERM_CODES = Set.of("800", "889", "822", "301", "304", "303", "330", "825",
            "837", "302", "846", "370", "350", "890", "867", "380", "305", "801", "351", "873", "823", "895", "896",
            "381", "909", "202", "908", "331", "306", "841", "830", "831", "878", "371", "835", "332", "840", "307",
            "308", "811", "881", "845", "390", "916", "203", "876", "850", "311", "204", "884", "312", "205", "313",
            "805", "919", "310", "309", "420", "921", "206", "207", "886", "810", "382", "314", "340", "888", "208",
            "856", "383", "855", "209", "925", "341", "201", "821", "352", "806", "887", "826", "315", "929", "812",
            "391", "926", "892", "813", "802", "928", "891", "392", "316", "815", "353", "931", "879", "836", "851",
            "874", "807", "354", "317", "870", "318", "372", "857", "333", "935", "343", "803", "373", "342", "893",
            "356", "355", "871", "394", "334", "933", "882", "936", "861", "852", "319", "860", "808", "393", "866",
            "210", "357", "894", "883", "880", "358", "211", "937", "869", "320", "359", "865", "384", "335", "336",
            "212", "868", "872", "885", "344", "877", "213", "938", "816", "999", "WAL", "SCO", "NUK", "NIR");

    /**
     * 607: a girl (SEX F) who ceased to be looked after in the year (episode ended in the year, reason not X1, legal
     * status not V3/V4) has the mother field completed. Flags the Header row once.
     */
    static final ReturnRule MOTHER_GIVEN_ON_LEAVING = ReturnRule.eachRow("607", HEADER, (row, data) -> {
        if (!"F".equals(row.value("SEX")) || row.isPresent("MOTHER")) {
            return false;
        }
        for (ReturnRow episode : data.episodes(row.child())) {
            LocalDate dec = episode.date("DEC");
            String rec = episode.value("REC");
            if (dec != null && rec != null && !"X1".equals(rec)
                    && !isShortBreak(episode)
                    && !dec.isBefore(data.collectionStart()) && !dec.isAfter(data.collectionEnd())) {
                return true;
            }
        }
        return false;
    });

    /** 611: a mother (MOTHER 1) has the date of birth of her first child. */
    static final ReturnRule MOTHER_HAS_CHILD_DOB = ReturnRule.eachRow("611", HEADER,
            (row, data) -> "1".equals(row.value("MOTHER")) && row.isBlank("MC_DOB"));

    /** 612: a girl with a first child's date of birth is recorded as a mother (MOTHER not 0 or blank). */
    static final ReturnRule CHILD_DOB_MEANS_MOTHER = ReturnRule.eachRow("612", HEADER,
            (row, data) -> "F".equals(row.value("SEX")) && row.isPresent("MC_DOB")
                    && (row.isBlank("MOTHER") || "0".equals(row.value("MOTHER"))));

    /** 620: a mother is at least 11 at the start of the collection year. */
    static final ReturnRule MOTHER_AT_LEAST_11 = ReturnRule.eachRow("620", HEADER, (row, data) -> {
        LocalDate dob = row.date("DOB");
        return "1".equals(row.value("MOTHER")) && dob != null && dob.plusYears(11).isAfter(data.collectionStart());
    });

    /** 621: the mother is older than her child: the first child's date of birth is after hers (not the same day). */
    static final ReturnRule MOTHER_OLDER_THAN_CHILD = ReturnRule.eachRow("621", HEADER, (row, data) -> {
        LocalDate dob = row.date("DOB");
        LocalDate childDob = row.date("MC_DOB");
        return dob != null && childDob != null && !childDob.isAfter(dob);
    });

    /** 624: the first child's date of birth is the one recorded last year, when one was. */
    static final ReturnRule SAME_CHILD_DOB_AS_LAST_YEAR = ReturnRule.eachRow("624", HEADER, (row, data) -> {
        ReturnRow last = data.previous().first(HEADER, row.child());
        return last != null && last.isPresent("MC_DOB")
                && !Rules500UpHelpers.sameDateOrText(row, "MC_DOB", last, "MC_DOB");
    });

    /**
     * 625: the first child's date of birth is not after the collection year, nor after the date the mother ceased to
     * be looked after. Reading: that date is the latest episode's end when it closed the care (not X1); the open
     * validator takes the latest end date of any episode, which flags a birth after a placement change.
     */
    static final ReturnRule CHILD_BORN_IN_CARE_OR_BEFORE = ReturnRule.eachRow("625", HEADER, (row, data) -> {
        LocalDate childDob = row.date("MC_DOB");
        if (childDob == null) {
            return false;
        }
        if (childDob.isAfter(data.collectionEnd())) {
            return true;
        }
        List<ReturnRow> episodes = data.episodes(row.child());
        if (!Rules500UpHelpers.ceasedToBeLookedAfter(episodes)) {
            return false;
        }
        return childDob.isAfter(Rules500UpHelpers.lastDated(episodes).date("DEC"));
    });

    /**
     * 626: a mother whose first child was born before this year was not recorded as not a mother (MOTHER 0) last
     * year.
     */
    static final ReturnRule MOTHER_LAST_YEAR_TOO = ReturnRule.eachRow("626", HEADER, (row, data) -> {
        LocalDate childDob = row.date("MC_DOB");
        ReturnRow last = data.previous().first(HEADER, row.child());
        return childDob != null && childDob.isBefore(data.collectionStart()) && "1".equals(row.value("MOTHER"))
                && last != null && "0".equals(last.value("MOTHER"));
    });

    /** 628: a care leaver (OC3 details) not looked after in the year (no episodes) has no motherhood details. */
    static final ReturnRule NO_MOTHERHOOD_FOR_CARE_LEAVERS = ReturnRule.eachRow("628", HEADER, (row, data) -> {
        if (row.isBlank("MOTHER") || !data.episodes(row.child()).isEmpty()) {
            return false;
        }
        for (ReturnRow oc3 : data.current().of(OC3, row.child())) {
            if (oc3.isPresent("IN_TOUCH") || oc3.isPresent("ACTIV") || oc3.isPresent("ACCOM")) {
                return true;
            }
        }
        return false;
    });

    /**
     * 630: a child who started to be looked after this year (RNE S) has previous permanence: a PrevPerm row with
     * PREV_PERM, and, unless Z1 (none), the authority and date of the order (as the open validator).
     */
    static final ReturnRule PREVIOUS_PERMANENCE_RETURNED = ReturnRule.eachRow("630", EPISODES, (row, data) -> {
        LocalDate decom = row.date("DECOM");
        if (!"S".equals(row.value("RNE")) || decom == null || decom.isBefore(data.collectionStart())) {
            return false;
        }
        List<ReturnRow> permanence = data.current().of(PREV_PERM, row.child());
        if (permanence.isEmpty()) {
            return true;
        }
        for (ReturnRow perm : permanence) {
            if (perm.isBlank("PREV_PERM")
                    || !"Z1".equals(perm.value("PREV_PERM")) && (perm.isBlank("LA_PERM") || perm.isBlank("DATE_PERM"))) {
                return true;
            }
        }
        return false;
    });

    /** 631: previous permanence option, where given, is P1-P4 or Z1. */
    static final ReturnRule PREVIOUS_PERMANENCE_VALID = ReturnRule.eachRow("631", PREV_PERM,
            (row, data) -> row.isPresent("PREV_PERM") && !row.isOneOf("PREV_PERM", ReturnCodes.PREVIOUS_PERMANENCE));

    /**
     * 632: the date of the previous permanence order, where given, is dd/mm/yyyy, ZZ/mm/yyyy, ZZ/ZZ/yyyy or
     * ZZ/ZZ/ZZZZ (docs/903.md 1.2) and before the child's first episode this year; a part-known date is taken at its
     * latest. Reading: a known day with an unknown month is not valid (the open validator lets it through).
     */
    static final ReturnRule PERMANENCE_DATE_VALID = ReturnRule.eachRow("632", PREV_PERM, (row, data) -> {
        String text = row.value("DATE_PERM");
        if (text == null) {
            return false;
        }
        if ("ZZ/ZZ/ZZZZ".equals(text)) {
            return false;
        }
        LocalDate latest = latestPossible(text);
        if (latest == null) {
            return true;
        }
        ReturnRow first = Rules500UpHelpers.firstDated(data.episodes(row.child()));
        return first != null && !latest.isBefore(first.date("DECOM"));
    });

    /** 633: the authority that arranged previous permanence, where given, is a valid code. */
    static final ReturnRule PERMANENCE_LA_VALID = ReturnRule.eachRow("633", PREV_PERM,
            (row, data) -> row.isPresent("LA_PERM") && !LA_PERM_CODES.contains(row.value("LA_PERM")));

    /**
     * 634: previous permanence is only for children who started to be looked after from 1 April 2016: a child with
     * entries needs an episode starting on or after that date. Reading: the message's date (the open validator uses
     * the start of the collection year). Children without episodes are left to other rules.
     */
    static final ReturnRule PERMANENCE_ONLY_FROM_2016 = ReturnRule.eachRow("634", PREV_PERM, (row, data) -> {
        if (row.isBlank("PREV_PERM") && row.isBlank("LA_PERM") && row.isBlank("DATE_PERM")) {
            return false;
        }
        List<ReturnRow> episodes = data.episodes(row.child());
        ReturnRow last = Rules500UpHelpers.lastDated(episodes);
        return last != null && last.date("DECOM").isBefore(PREVIOUS_PERMANENCE_FROM);
    });

    /**
     * 635: no date or authority of an order when there was no previous permanence. Reading: PREV_PERM Z1, as the
     * message, and blank (the open validator checks only blank).
     */
    static final ReturnRule NO_ORDER_DETAILS_WITHOUT_PERMANENCE = ReturnRule.eachRow("635", PREV_PERM,
            (row, data) -> (row.isPresent("LA_PERM") || row.isPresent("DATE_PERM"))
                    && (row.isBlank("PREV_PERM") || "Z1".equals(row.value("PREV_PERM"))));

    static List<ReturnRule> all() {
        return List.of(MOTHER_GIVEN_ON_LEAVING, MOTHER_HAS_CHILD_DOB, CHILD_DOB_MEANS_MOTHER, MOTHER_AT_LEAST_11,
                MOTHER_OLDER_THAN_CHILD, SAME_CHILD_DOB_AS_LAST_YEAR, CHILD_BORN_IN_CARE_OR_BEFORE,
                MOTHER_LAST_YEAR_TOO, NO_MOTHERHOOD_FOR_CARE_LEAVERS, PREVIOUS_PERMANENCE_RETURNED,
                PREVIOUS_PERMANENCE_VALID, PERMANENCE_DATE_VALID, PERMANENCE_LA_VALID, PERMANENCE_ONLY_FROM_2016,
                NO_ORDER_DETAILS_WITHOUT_PERMANENCE);
    }

    /** The latest date a dd/mm/yyyy, ZZ/mm/yyyy or ZZ/ZZ/yyyy text can mean; null when none of those. */
    static LocalDate latestPossible(String text) {
        if (text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return null;
        }
        String day = text.substring(0, 2);
        String month = text.substring(3, 5);
        String year = text.substring(6);
        if (!isDigits(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if ("ZZ".equals(month)) {
                return "ZZ".equals(day) ? LocalDate.of(y, 12, 31) : null;
            }
            if (!isDigits(month)) {
                return null;
            }
            int m = Integer.parseInt(month);
            if ("ZZ".equals(day)) {
                return java.time.YearMonth.of(y, m).atEndOfMonth();
            }
            if (!isDigits(day)) {
                return null;
            }
            return LocalDate.of(y, m, Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
