package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.everUasc;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.number;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.under;
import static org.hearth.returns.internal.validation.ReturnUnderValidation.isShortBreak;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.ReturnUnderValidation;

/** The episode rules 392a to 460: postcodes and distances, short breaks, how one episode follows another. */
final class Rules300To499MoreEpisodes {

    private Rules300To499MoreEpisodes() {
    }

    /** A UK postcode's form: outward code (area, district) and inward code, the space optional. */
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    /**
     * 392a: a child looked after (not on short breaks V3/V4) and never UASC this year or last has no distance from
     * home. The distance is derived from the postcodes; when the postcode directory was not loaded (no episode of the
     * return has a derived field) nothing is flagged, since every distance would be missing.
     */
    static final ReturnRule NO_DISTANCE = ReturnRule.of("392a", (data, findings) -> {
        if (!data.anyEpisodeHas("PL_LA", "PL_DISTANCE")) {
            return;
        }
        for (ReturnRow episode : data.current().rows(EPISODES)) {
            if (!isShortBreak(episode) && episode.isBlank("PL_DISTANCE") && episode.child() != null
                    && !everUasc(episode.child(), data)) {
                findings.flag(episode);
            }
        }
    });

    /** 392b: a child looked after (not V3/V4), never UASC this year or last, lacks the home or placement postcode. */
    static final ReturnRule NO_POSTCODES = ReturnRule.eachRow("392b", EPISODES,
            (row, data) -> !isShortBreak(row) && (row.isBlank("HOME_POST") || row.isBlank("PL_POST"))
                    && row.child() != null && !everUasc(row.child(), data));

    /**
     * 392c: a postcode given is not a postcode: not of the UK form, or, when the postcode directory was loaded, not in
     * it (the placement postcode has no placement authority; the home postcode gives no distance although the
     * placement postcode was found).
     */
    static final ReturnRule INVALID_POSTCODES = ReturnRule.of("392c", (data, findings) -> {
        boolean directory = data.anyEpisodeHas("PL_LA", "PL_DISTANCE");
        for (ReturnRow episode : data.current().rows(EPISODES)) {
            String home = episode.value("HOME_POST");
            String placement = episode.value("PL_POST");
            boolean wrong = home != null && !POSTCODE.matcher(home).matches()
                    || placement != null && !POSTCODE.matcher(placement).matches();
            if (!wrong && directory) {
                wrong = placement != null && episode.isBlank("PL_LA")
                        || home != null && placement != null && episode.isPresent("PL_LA")
                                && episode.isBlank("PL_DISTANCE");
            }
            if (wrong) {
                findings.flag(episode);
            }
        }
    });

    /** 392d: home and placement postcodes are the same (spaces aside) but the child is not placed with parents (P1). */
    static final ReturnRule SAME_POSTCODES = ReturnRule.eachRow("392d", EPISODES,
            (row, data) -> {
                String home = row.value("HOME_POST");
                String placement = row.value("PL_POST");
                return home != null && placement != null && !"P1".equals(row.value("PLACE"))
                        && home.replace(" ", "").equals(placement.replace(" ", ""));
            });

    /** 398: a postcode (from which the distance is worked out) is given for a child on short breaks (V3, V4). */
    static final ReturnRule DISTANCE_FOR_SHORT_BREAK = ReturnRule.eachRow("398", EPISODES,
            (row, data) -> isShortBreak(row) && (row.isPresent("HOME_POST") || row.isPresent("PL_POST")));

    /** 406: a child UASC this year or last has a distance from home (it should be blank). */
    static final ReturnRule DISTANCE_FOR_UASC = ReturnRule.eachRow("406", EPISODES,
            (row, data) -> row.isPresent("PL_DISTANCE") && row.child() != null && everUasc(row.child(), data));

    /**
     * 407: an episode ceased for a special guardianship order (E45-E48) after the child's 18th birthday. Reading: as
     * the open validator, the day of the 18th birthday itself is allowed.
     */
    static final ReturnRule GUARDIANSHIP_AFTER_18 = ReturnRule.eachRow("407", EPISODES,
            (row, data) -> {
                LocalDate dob = data.dateOfBirth(row.child());
                LocalDate dec = row.date("DEC");
                return row.isOneOf("REC", ReturnCodes.SPECIAL_GUARDIANSHIP) && dob != null && dec != null
                        && dec.isAfter(dob.plusYears(18));
            });

    /** 408: placed for adoption under a placement order (A5, A6) but the legal status is not E1 (placement order). */
    static final ReturnRule ADOPTION_PLACEMENT_WITHOUT_ORDER = ReturnRule.eachRow("408", EPISODES,
            (row, data) -> ("A5".equals(row.value("PLACE")) || "A6".equals(row.value("PLACE")))
                    && !"E1".equals(row.value("LS")));

    /**
     * 411: the placement location is IN (inside the authority) but the placement authority is another. Only IN is
     * tested, as the open validator; without the submitting authority's code nothing is.
     */
    static final ReturnRule LOCATION_DISAGREES_WITH_AUTHORITY = ReturnRule.eachRow("411", EPISODES,
            (row, data) -> data.localAuthority() != null && "IN".equals(row.value("PL_LOCATION"))
                    && !data.localAuthority().equals(row.value("PL_LA")));

    /** 420: a placement authority is given for a child on short breaks (V3, V4). */
    static final ReturnRule AUTHORITY_FOR_SHORT_BREAK = ReturnRule.eachRow("420", EPISODES,
            (row, data) -> isShortBreak(row) && row.isPresent("PL_LA"));

    /** 426: the child has short-break episodes under both V3 and V4 in the year: all of them are flagged. */
    static final ReturnRule BOTH_SHORT_BREAK_STATUSES = ReturnRule.eachChild("426", EPISODES,
            (child, episodes, data, findings) -> {
                boolean v3 = false;
                boolean v4 = false;
                for (ReturnRow episode : episodes) {
                    v3 |= "V3".equals(episode.value("LS"));
                    v4 |= "V4".equals(episode.value("LS"));
                }
                if (v3 && v4) {
                    for (ReturnRow episode : episodes) {
                        if (isShortBreak(episode)) {
                            findings.flag(episode);
                        }
                    }
                }
            });

    /**
     * 431: an episode starting a period of care (RNE S) starts on or before the day the previous episode ended (as
     * the open validator: an overlap is flagged too).
     */
    static final ReturnRule STARTED_CARE_AS_PREVIOUS_ENDED = ReturnRule.eachChild("431", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 1; i < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    LocalDate decom = episode.date("DECOM");
                    LocalDate previousEnd = episodes.get(i - 1).date("DEC");
                    if ("S".equals(episode.value("RNE")) && decom != null && previousEnd != null
                            && !decom.isAfter(previousEnd)) {
                        findings.flag(episode);
                    }
                }
            });

    /**
     * 432: the previous episode ceased for a reason that ends care (any REC but X1) but this one's reason for new
     * episode is not S.
     */
    static final ReturnRule CONTINUED_AFTER_CARE_ENDED = ReturnRule.eachChild("432", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 1; i < episodes.size(); i++) {
                    ReturnRow before = episodes.get(i - 1);
                    if (before.isOneOf("REC", ReturnCodes.REASON_EPISODE_CEASED) && !"X1".equals(before.value("REC"))
                            && !"S".equals(episodes.get(i).value("RNE"))) {
                        findings.flag(episodes.get(i));
                    }
                }
            });

    private static final Set<String> CONTINUATIONS = Set.of("P", "L", "T", "U", "B");

    /**
     * 433: a continuation episode (RNE P, L, T, U, B) does not start the day the previous episode ended (or either
     * date is missing). A first episode in the return is not tested.
     */
    static final ReturnRule CONTINUATION_NOT_SAME_DAY = ReturnRule.eachChild("433", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 1; i < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    LocalDate previousEnd = episodes.get(i - 1).date("DEC");
                    if (episode.isOneOf("RNE", CONTINUATIONS)
                            && (previousEnd == null || !previousEnd.equals(episode.date("DECOM")))) {
                        findings.flag(episode);
                    }
                }
            });

    private static final List<String> PLACEMENT_FIELDS = List.of("PLACE", "PL_POST", "URN", "PLACE_PROVIDER");

    private static boolean samePlacement(ReturnRow a, ReturnRow b) {
        for (String field : PLACEMENT_FIELDS) {
            if (!Objects.equals(a.value(field), b.value(field))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLegalStatus(ReturnRow a, ReturnRow b) {
        return Objects.equals(a.value("LS"), b.value("LS"));
    }

    /**
     * 434: RNE L (legal status changed, placement not) but the legal status is the previous episode's or the placement
     * (type, postcode, URN, provider) differs from it. Blanks count as equal to blanks.
     */
    static final ReturnRule LEGAL_STATUS_CHANGE_NOT_REFLECTED = ReturnRule.eachChild("434", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 1; i < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    ReturnRow before = episodes.get(i - 1);
                    if ("L".equals(episode.value("RNE"))
                            && (sameLegalStatus(episode, before) || !samePlacement(episode, before))) {
                        findings.flag(episode);
                    }
                }
            });

    /**
     * 435: RNE P or T (placement changed, legal status not) but the legal status differs from the previous episode's
     * or the placement (type, postcode, URN, provider) is all the same. Blanks count as equal to blanks.
     */
    static final ReturnRule PLACEMENT_CHANGE_NOT_REFLECTED = ReturnRule.eachChild("435", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 1; i < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    ReturnRow before = episodes.get(i - 1);
                    if (("P".equals(episode.value("RNE")) || "T".equals(episode.value("RNE")))
                            && (!sameLegalStatus(episode, before) || samePlacement(episode, before))) {
                        findings.flag(episode);
                    }
                }
            });

    /**
     * 436: RNE B or U (both changed) but the legal status is the previous episode's or the placement (type, postcode,
     * URN, provider) is all the same.
     */
    static final ReturnRule BOTH_CHANGES_NOT_REFLECTED = ReturnRule.eachChild("436", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 1; i < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    ReturnRow before = episodes.get(i - 1);
                    if (("B".equals(episode.value("RNE")) || "U".equals(episode.value("RNE")))
                            && (sameLegalStatus(episode, before) || samePlacement(episode, before))) {
                        findings.flag(episode);
                    }
                }
            });

    /** 437: an episode ceased because the child died (E2) or was found to be 18 or over (E15), yet more follow. */
    static final ReturnRule FURTHER_EPISODES_AFTER_DEATH_OR_18 = ReturnRule.eachChild("437", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 0; i + 1 < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    if (("E2".equals(episode.value("REC")) || "E15".equals(episode.value("REC")))
                            && episode.date("DECOM") != null) {
                        findings.flag(episode);
                    }
                }
            });

    private static final LocalDate PLACEMENT_ORDERS_BEGAN = LocalDate.of(2005, 12, 1);

    /** 446: legal status E1 (placement order) on an episode starting before 1 December 2005. */
    static final ReturnRule PLACEMENT_ORDER_BEFORE_2005 = ReturnRule.eachRow("446", EPISODES,
            (row, data) -> "E1".equals(row.value("LS")) && row.date("DECOM") != null
                    && row.date("DECOM").isBefore(PLACEMENT_ORDERS_BEGAN));

    /**
     * Last year's last episode of the child when it was open at the end of last year and has the same reason for new
     * episode as this year's first (so they are the same episode, as the open validator pairs them); null otherwise.
     */
    private static ReturnRow openLastYear(String child, ReturnRow first, ReturnUnderValidation data) {
        List<ReturnRow> last = data.previous().of(EPISODES, child);
        ReturnRow latest = null;
        for (ReturnRow episode : last) {
            if (episode.date("DECOM") != null) {
                latest = episode;
            }
        }
        if (latest == null || latest.isPresent("DEC") || !Objects.equals(latest.value("RNE"), first.value("RNE"))) {
            return null;
        }
        return latest;
    }

    /**
     * 452: the placement authority of this year's first episode differs from that of last year's last episode, which
     * was open at 31 March and is the same episode (same RNE).
     */
    static final ReturnRule PLACEMENT_AUTHORITY_CHANGED_OVER_YEAR_END = ReturnRule.eachChild("452", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow first = episodes.get(0);
                if (first.date("DECOM") == null) {
                    return;
                }
                ReturnRow last = openLastYear(child, first, data);
                if (last != null && !Objects.equals(first.value("PL_LA"), last.value("PL_LA"))) {
                    findings.flag(first);
                }
            });

    /** 453: as 452 for the distance from home: flagged when the two differ by 0.2 miles or more. */
    static final ReturnRule DISTANCE_CHANGED_OVER_YEAR_END = ReturnRule.eachChild("453", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow first = episodes.get(0);
                if (first.date("DECOM") == null) {
                    return;
                }
                ReturnRow last = openLastYear(child, first, data);
                if (last == null) {
                    return;
                }
                Double now = number(first.value("PL_DISTANCE"));
                Double then = number(last.value("PL_DISTANCE"));
                if (now != null && then != null && Math.abs(now - then) >= 0.2 - 1e-9) {
                    findings.flag(first);
                }
            });

    /** 454: the distance from home is over 350 miles, other than the 999.9 used when it cannot be worked out. */
    static final ReturnRule DISTANCE_OVER_350_MILES = ReturnRule.eachRow("454", EPISODES,
            (row, data) -> {
                Double miles = number(row.value("PL_DISTANCE"));
                return miles != null && miles > 350 && Math.abs(miles - 999.9) > 1e-9;
            });

    /** 460: an episode ceased with the child staying with the current carers at 18 or over (E17) before the 18th birthday. */
    static final ReturnRule STAYING_PUT_UNDER_18 = ReturnRule.eachRow("460", EPISODES,
            (row, data) -> "E17".equals(row.value("REC"))
                    && under(data.dateOfBirth(row.child()), 18, row.date("DEC")));

    static List<ReturnRule> all() {
        return List.of(NO_DISTANCE, NO_POSTCODES, INVALID_POSTCODES, SAME_POSTCODES, DISTANCE_FOR_SHORT_BREAK,
                DISTANCE_FOR_UASC, GUARDIANSHIP_AFTER_18, ADOPTION_PLACEMENT_WITHOUT_ORDER,
                LOCATION_DISAGREES_WITH_AUTHORITY, AUTHORITY_FOR_SHORT_BREAK, BOTH_SHORT_BREAK_STATUSES,
                STARTED_CARE_AS_PREVIOUS_ENDED, CONTINUED_AFTER_CARE_ENDED, CONTINUATION_NOT_SAME_DAY,
                LEGAL_STATUS_CHANGE_NOT_REFLECTED, PLACEMENT_CHANGE_NOT_REFLECTED, BOTH_CHANGES_NOT_REFLECTED,
                FURTHER_EPISODES_AFTER_DEATH_OR_18, PLACEMENT_ORDER_BEFORE_2005,
                PLACEMENT_AUTHORITY_CHANGED_OVER_YEAR_END, DISTANCE_CHANGED_OVER_YEAR_END, DISTANCE_OVER_350_MILES,
                STAYING_PUT_UNDER_18);
    }
}
