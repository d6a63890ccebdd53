package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.HEADER;
import static org.hearth.returns.internal.data.ReturnTable.UASC;
import static org.hearth.returns.internal.validation.rules.Rules100To299Helpers.PLACEMENTS_WITHOUT_URN;
import static org.hearth.returns.internal.validation.ReturnUnderValidation.isShortBreak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.ReturnUnderValidation;

/** The rules 101 to 299 on the Episodes table (see {@link Rules100To299}). */
final class Rules100To299Episodes {

    /** Placements that take no placement provider by rule 178 (T4 is left to rule 213, as the DfE lists them). */
    private static final Set<String> PLACEMENTS_WITHOUT_PROVIDER_178 = Set.of("T0", "T1", "T2", "T3", "Z11", "Z12",
            "Z13", "Z14");

    private static final Set<String> PLACEMENTS_WITHOUT_PROVIDER_213 = Set.of("T0", "T1", "T2", "T3", "T4", "Z11",
            "Z12", "Z13", "Z14");

    private static final Set<String> PLACED_WITH_CURRENT_FOSTER_CARERS = Set.of("A3", "A5");

    private static final Set<String> NEW_EPISODE_FOR_FOSTER_CARER_ADOPTION = Set.of("S", "T", "U");

    /** New episodes that change the placement (rule 225). */
    private static final Set<String> PLACEMENT_CHANGES = Set.of("P", "B", "T", "U");

    /** Placement authorities outside England, where no Ofsted URN is expected (rule 218). */
    private static final Set<String> OUTSIDE_ENGLAND = Set.of("CON", "NIR", "SCO", "WAL", "NUK");

    private static final Set<String> PLACEMENT_LOCATIONS = Set.of("IN", "OUT");

    private static final LocalDate ADOPTION_REFORMS = LocalDate.of(2015, 4, 1);

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(\\.\\d+)?");

    private Rules100To299Episodes() {
    }

    /** 141: the episode's start date, when given, must be a real date (a blank start is left to other rules). */
    static final ReturnRule EPISODE_START_IS_A_DATE = ReturnRule.eachRow("141", EPISODES,
            (row, data) -> row.isInvalidDate("DECOM"));

    /**
     * 142: every episode but the child's last (by start date) must have ended: a date and a reason. Episodes
     * without a real start date are left out, as they cannot be placed in order.
     */
    static final ReturnRule PREVIOUS_EPISODE_HAS_ENDED = ReturnRule.eachChild("142", EPISODES,
            (child, episodes, data, findings) -> {
                int dated = 0;
                for (ReturnRow episode : episodes) {
                    if (episode.date("DECOM") != null) {
                        dated++;
                    }
                }
                int seen = 0;
                for (ReturnRow episode : episodes) {
                    if (episode.date("DECOM") == null) {
                        continue;
                    }
                    seen++;
                    if (seen < dated && (episode.isBlank("DEC") || episode.isBlank("REC"))) {
                        findings.flag(episode);
                    }
                }
            });

    /** 143: the reason for a new episode, when given, must be one of S, L, P, T, B, U. */
    static final ReturnRule REASON_NEW_EPISODE_IS_VALID = codeWhenGiven("143", "RNE",
            ReturnCodes.REASON_NEW_EPISODE);

    /** 144: the legal status, when given, must be a valid code. */
    static final ReturnRule LEGAL_STATUS_IS_VALID = codeWhenGiven("144", "LS", ReturnCodes.LEGAL_STATUS);

    /** 145: the category of need, when given, must be N1 to N8. */
    static final ReturnRule CATEGORY_OF_NEED_IS_VALID = codeWhenGiven("145", "CIN", ReturnCodes.CATEGORY_OF_NEED);

    /** 146: the placement type, when given, must be in the 2025-26 list (docs/903.md 2.2.1; H5, P2 and Z1 are not). */
    static final ReturnRule PLACEMENT_TYPE_IS_VALID = codeWhenGiven("146", "PLACE", ReturnCodes.PLACEMENT_TYPE);

    /** 147: the episode's end date, when given, must be a real date (open episodes have none). */
    static final ReturnRule EPISODE_END_IS_A_DATE = ReturnRule.eachRow("147", EPISODES,
            (row, data) -> row.isInvalidDate("DEC"));

    /** 148: end date and reason ended come together: both given or both blank. */
    static final ReturnRule END_DATE_AND_REASON_TOGETHER = ReturnRule.eachRow("148", EPISODES,
            (row, data) -> row.isBlank("DEC") != row.isBlank("REC"));

    /** 149: the reason the episode ceased, when given, must be a valid code. */
    static final ReturnRule REASON_CEASED_IS_VALID = codeWhenGiven("149", "REC", ReturnCodes.REASON_EPISODE_CEASED);

    /**
     * 164: the distance between home and placement, when worked out, must be a number from 0.0 to 999.9. Children
     * who are or were UASC (this year's or last year's return) and short-break episodes (V3/V4) are not checked, as
     * the DfE's logic says.
     */
    static final ReturnRule DISTANCE_IS_VALID = ReturnRule.eachRow("164", EPISODES, (row, data) -> {
        String distance = row.value("PL_DISTANCE");
        if (distance == null) {
            return false;
        }
        boolean outOfRange = !NUMBER.matcher(distance).matches() || Double.parseDouble(distance) < 0.0
                || Double.parseDouble(distance) > 999.9;
        // the exemptions are looked up only for the few rows out of range
        return outOfRange && !isShortBreak(row) && !isOrWasUasc(data, row.child());
    });

    /**
     * 169: the placement's authority (from the placement postcode) must be known, except for short breaks. Reading:
     * only run when the postcode directory was used for the return (some episode has a placement authority);
     * otherwise every episode would be flagged for want of the reference list.
     */
    static final ReturnRule PLACEMENT_AUTHORITY_IS_KNOWN = ReturnRule.of("169", (data, findings) -> {
        if (!data.anyEpisodeHas("PL_LA")) {
            return;
        }
        for (ReturnRow row : data.current().rows(EPISODES)) {
            if (!isShortBreak(row) && row.isBlank("PL_LA")) {
                findings.flag(row);
            }
        }
    });

    /**
     * 178: the placement provider, when given, must be PR0 to PR5, and must not be given for placements T0 to T3
     * and Z11 to Z14 (2025-26).
     */
    static final ReturnRule PLACEMENT_PROVIDER_IS_VALID = ReturnRule.eachRow("178", EPISODES,
            (row, data) -> row.isPresent("PLACE_PROVIDER")
                    && (!row.isOneOf("PLACE_PROVIDER", ReturnCodes.PLACEMENT_PROVIDER)
                            || row.isOneOf("PLACE", PLACEMENTS_WITHOUT_PROVIDER_178)));

    /**
     * 179: the placement location (IN or OUT of the authority, from the placement postcode) must be known, except
     * for short breaks. Run only when the postcode directory was used for the return, as rule 169.
     */
    static final ReturnRule PLACEMENT_LOCATION_IS_VALID = ReturnRule.of("179", (data, findings) -> {
        boolean lookedUp = data.anyEpisodeHas("PL_LOCATION");
        for (ReturnRow row : data.current().rows(EPISODES)) {
            String location = row.value("PL_LOCATION");
            boolean wrong = location == null ? lookedUp && !isShortBreak(row)
                    : !PLACEMENT_LOCATIONS.contains(location);
            if (wrong) {
                findings.flag(row);
            }
        }
    });

    /**
     * 199: a child adopted from care (an episode ended E11 or E12) should not be looked after again under the same
     * id: any episode starting after the adoption episode, in this year's return or after one in last year's, is
     * flagged (a second adoption too).
     */
    static final ReturnRule NOT_PREVIOUSLY_ADOPTED = ReturnRule.eachChild("199", EPISODES,
            (child, episodes, data, findings) -> {
                List<ReturnRow> last = data.hasPrevious() ? data.previous().of(EPISODES, child) : List.of();
                if (!anyAdoption(episodes) && !anyAdoption(last)) {
                    return;
                }
                List<Dated> all = new ArrayList<>(last.size() + episodes.size());
                for (ReturnRow episode : last) {
                    if (episode.date("DECOM") != null) {
                        all.add(new Dated(episode, false));
                    }
                }
                for (ReturnRow episode : episodes) {
                    if (episode.date("DECOM") != null) {
                        all.add(new Dated(episode, true));
                    }
                }
                all.sort(Comparator.comparing((Dated d) -> d.row().date("DECOM")));
                boolean adopted = false;
                for (Dated episode : all) {
                    if (adopted && episode.current()) {
                        findings.flag(episode.row());
                    }
                    if (episode.row().isOneOf("REC", ReturnCodes.ADOPTED)) {
                        adopted = true;
                    }
                }
            });

    /** 213: no placement provider for temporary placements (T0-T4) or other placements (Z11-Z14). */
    static final ReturnRule NO_PROVIDER_WHERE_NOT_NEEDED = ReturnRule.eachRow("213", EPISODES,
            (row, data) -> row.isOneOf("PLACE", PLACEMENTS_WITHOUT_PROVIDER_213) && row.isPresent("PLACE_PROVIDER"));

    /** 214: short breaks (V3/V4) take no placement postcode or URN. */
    static final ReturnRule NO_LOCATION_FOR_SHORT_BREAKS = ReturnRule.eachRow("214", EPISODES,
            (row, data) -> isShortBreak(row) && (row.isPresent("PL_POST") || row.isPresent("URN")));

    /**
     * 217: an episode starting on or after 1 April 2015 in a placement for adoption with current foster carers (A3
     * or A5) must have a reason for new episode of S, T or U.
     */
    static final ReturnRule FOSTER_CARER_ADOPTION_REASON = ReturnRule.eachRow("217", EPISODES, (row, data) -> {
        LocalDate decom = row.date("DECOM");
        return row.isOneOf("PLACE", PLACED_WITH_CURRENT_FOSTER_CARERS) && decom != null
                && !decom.isBefore(ADOPTION_REFORMS) && !row.isOneOf("RNE", NEW_EPISODE_FOR_FOSTER_CARER_ADOPTION);
    });

    /**
     * 218: an episode open during the year (no end, or ending on or after 1 April) needs an Ofsted URN unless its
     * placement takes none (P1, P3, R1, R2, R5, T0-T4, Z11-Z14) or it is outside England (PL_LA CON, NIR, SCO, WAL,
     * NUK). A blank placement type is left to other rules.
     */
    static final ReturnRule URN_IS_REQUIRED = ReturnRule.eachRow("218", EPISODES, (row, data) -> {
        LocalDate dec = row.date("DEC");
        boolean inYear = row.isBlank("DEC") || (dec != null && !dec.isBefore(data.collectionStart()));
        return inYear && row.isBlank("URN") && row.isPresent("PLACE")
                && !row.isOneOf("PLACE", PLACEMENTS_WITHOUT_URN) && !row.isOneOf("PL_LA", OUTSIDE_ENGLAND);
    });

    /** 222: no URN (other than XXXXXXX) for placements that take none (P1, P3, R1, R2, R5, T0-T4, Z11-Z14). */
    static final ReturnRule NO_URN_WHERE_NOT_NEEDED = ReturnRule.eachRow("222", EPISODES,
            (row, data) -> row.isOneOf("PLACE", PLACEMENTS_WITHOUT_URN) && row.isPresent("URN")
                    && !"XXXXXXX".equals(row.value("URN")));

    /**
     * 225: an episode ending X1 where the next begins with a change of placement (RNE P, B, T or U) must record the
     * reason for the placement change, unless either placement is temporary (T0-T4).
     */
    static final ReturnRule PLACEMENT_CHANGE_HAS_REASON = ReturnRule.eachChild("225", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 0; i + 1 < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    ReturnRow next = episodes.get(i + 1);
                    if ("X1".equals(episode.value("REC")) && episode.isBlank("REASON_PLACE_CHANGE")
                            && !episode.isOneOf("PLACE", ReturnCodes.TEMPORARY_PLACEMENTS)
                            && next.isOneOf("RNE", PLACEMENT_CHANGES)
                            && !next.isOneOf("PLACE", ReturnCodes.TEMPORARY_PLACEMENTS)) {
                        findings.flag(episode);
                    }
                }
            });

    /**
     * 226: a temporary placement (T0-T4) needs no reason for placement change, neither on its own episode nor on the
     * episode before it (the move into it).
     */
    static final ReturnRule NO_REASON_FOR_TEMPORARY_PLACEMENTS = ReturnRule.eachChild("226", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 0; i < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    if (episode.isOneOf("PLACE", ReturnCodes.TEMPORARY_PLACEMENTS)
                            && (episode.isPresent("REASON_PLACE_CHANGE")
                                    || (i > 0 && episodes.get(i - 1).isPresent("REASON_PLACE_CHANGE")))) {
                        findings.flag(episode);
                    }
                }
            });

    /**
     * 233: an episode that has not ceased (no end date) needs no reason for placement change. The open validator
     * reads a column that does not exist, so never runs.
     */
    static final ReturnRule NO_REASON_FOR_OPEN_EPISODE = ReturnRule.eachRow("233", EPISODES,
            (row, data) -> row.isBlank("DEC") && row.isPresent("REASON_PLACE_CHANGE"));

    /**
     * 234: a child under 10 cannot change placement because of custody (CUSTOD). Age at the change: the episode's end
     * date (the next episode's start), or its start when it has no end. The open validator reads DOB from the
     * Episodes table, which has none, so never runs; Hearth takes it from the Header.
     */
    static final ReturnRule NO_CUSTODY_UNDER_TEN = ReturnRule.eachRow("234", EPISODES, (row, data) -> {
        if (!"CUSTOD".equals(row.value("REASON_PLACE_CHANGE"))) {
            return false;
        }
        LocalDate dob = data.dateOfBirth(row.child());
        LocalDate changed = row.date("DEC") != null ? row.date("DEC") : row.date("DECOM");
        return dob != null && changed != null && changed.isBefore(dob.plusYears(10));
    });

    static List<ReturnRule> all() {
        return List.of(EPISODE_START_IS_A_DATE, PREVIOUS_EPISODE_HAS_ENDED, REASON_NEW_EPISODE_IS_VALID,
                LEGAL_STATUS_IS_VALID, CATEGORY_OF_NEED_IS_VALID, PLACEMENT_TYPE_IS_VALID, EPISODE_END_IS_A_DATE,
                END_DATE_AND_REASON_TOGETHER, REASON_CEASED_IS_VALID, DISTANCE_IS_VALID, PLACEMENT_AUTHORITY_IS_KNOWN,
                PLACEMENT_PROVIDER_IS_VALID, PLACEMENT_LOCATION_IS_VALID, NOT_PREVIOUSLY_ADOPTED,
                NO_PROVIDER_WHERE_NOT_NEEDED, NO_LOCATION_FOR_SHORT_BREAKS, FOSTER_CARER_ADOPTION_REASON,
                URN_IS_REQUIRED, NO_URN_WHERE_NOT_NEEDED, PLACEMENT_CHANGE_HAS_REASON,
                NO_REASON_FOR_TEMPORARY_PLACEMENTS, NO_REASON_FOR_OPEN_EPISODE, NO_CUSTODY_UNDER_TEN);
    }

    private record Dated(ReturnRow row, boolean current) {
    }

    private static ReturnRule codeWhenGiven(String code, String column, Set<String> codes) {
        return ReturnRule.eachRow(code, EPISODES,
                (row, data) -> row.isPresent(column) && !row.isOneOf(column, codes));
    }

    private static boolean anyAdoption(List<ReturnRow> episodes) {
        for (ReturnRow episode : episodes) {
            if (episode.isOneOf("REC", ReturnCodes.ADOPTED)) {
                return true;
            }
        }
        return false;
    }

    /** UASC by this year's return, or by last year's (its UASC table or Header UASC = 1). */
    private static boolean isOrWasUasc(ReturnUnderValidation data, String child) {
        if (data.isUasc(child)) {
            return true;
        }
        if (!data.hasPrevious()) {
            return false;
        }
        ReturnRow lastHeader = data.previous().first(HEADER, child);
        return !data.previous().of(UASC, child).isEmpty()
                || (lastHeader != null && "1".equals(lastHeader.value("UASC")));
    }
}
