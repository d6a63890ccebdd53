package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.AD1;
import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.HEADER;
import static org.hearth.returns.internal.data.ReturnTable.OC3;
import static org.hearth.returns.internal.data.ReturnTable.UASC;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.under;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;

/**
 * The DfE rules 300 to 499, 3001, 392a-d, 1000 to 1016 and 205A-D. This class holds the rules on the Header, UASC,
 * adoption and care leaver tables; episode rules are in {@link Rules300To499Episodes} and
 * {@link Rules300To499MoreEpisodes}, the rest in {@link Rules300To499Others}. Where Hearth reads a rule differently
 * from the open validator, docs/903-rules/rules-300-499.md says so.
 */
public final class Rules300To499 {

    private Rules300To499() {
    }

    /** 301: the date of birth is after the end of the collection year. */
    static final ReturnRule BORN_AFTER_YEAR_END = ReturnRule.eachRow("301", HEADER,
            (row, data) -> row.date("DOB") != null && row.date("DOB").isAfter(data.collectionEnd()));

    /**
     * 303: a date UASC status ceased is given but the child's UASC status is not 1. From CSV files Header UASC is
     * derived from the UASC table, so this can only fail for XML returns (where UASC is a Header field).
     */
    static final ReturnRule CEASED_UASC_BUT_NOT_UASC = ReturnRule.eachRow("303", UASC,
            (row, data) -> {
                ReturnRow header = data.header(row.child());
                return row.isPresent("DUC") && header != null && !"1".equals(header.value("UASC"));
            });

    /**
     * 304: the date UASC status ceased is after the child's 18th birthday. The UASC table's date of birth is read, the
     * Header's when the UASC row has none.
     */
    static final ReturnRule UASC_CEASED_AFTER_18 = ReturnRule.eachRow("304", UASC,
            (row, data) -> {
                LocalDate dob = row.date("DOB") != null ? row.date("DOB") : data.dateOfBirth(row.child());
                LocalDate duc = row.date("DUC");
                return dob != null && duc != null && duc.isAfter(dob.plusYears(18));
            });

    /**
     * 331: the date matched with adopters is after the date placed for adoption, which is the start (DECOM) of the
     * episode that ended in adoption (REC E11, E12).
     */
    static final ReturnRule MATCHED_AFTER_PLACED = ReturnRule.eachChild("331", AD1,
            (child, adoptions, data, findings) -> {
                for (ReturnRow adoption : adoptions) {
                    LocalDate matched = adoption.date("DATE_MATCH");
                    if (matched == null) {
                        continue;
                    }
                    for (ReturnRow episode : data.episodes(child)) {
                        if (episode.isOneOf("REC", ReturnCodes.ADOPTED) && episode.date("DECOM") != null
                                && matched.isAfter(episode.date("DECOM"))) {
                            findings.flag(adoption, "DATE_MATCH");
                            findings.flag(episode, "DECOM", "REC");
                        }
                    }
                }
            });

    /**
     * 333: the date the child should be placed for adoption is after the date matched with adopters, or missing when a
     * match date is given.
     */
    static final ReturnRule DECISION_AFTER_MATCH = ReturnRule.eachRow("333", AD1,
            (row, data) -> {
                LocalDate matched = row.date("DATE_MATCH");
                LocalDate decided = row.date("DATE_INT");
                return matched != null && (decided == null || decided.isAfter(matched));
            });

    /**
     * 334: the decision that the child should be placed for adoption is before the latest period of care started (the
     * latest episode with RNE S).
     */
    static final ReturnRule DECISION_BEFORE_CARE_STARTED = ReturnRule.eachChild("334", AD1,
            (child, adoptions, data, findings) -> {
                ReturnRow latestStart = null;
                for (ReturnRow episode : data.episodes(child)) {
                    if ("S".equals(episode.value("RNE")) && episode.date("DECOM") != null) {
                        latestStart = episode;
                    }
                }
                if (latestStart == null) {
                    return;
                }
                for (ReturnRow adoption : adoptions) {
                    LocalDate decided = adoption.date("DATE_INT");
                    if (decided != null && decided.isBefore(latestStart.date("DECOM"))) {
                        findings.flag(adoption, "DATE_INT");
                        findings.flag(latestStart, "DECOM", "RNE");
                    }
                }
            });

    private static final Set<String> WITH_CURRENT_FOSTER_CARERS = Set.of("A3", "A5");
    private static final Set<String> NOT_WITH_CURRENT_FOSTER_CARERS = Set.of("A4", "A6");

    /**
     * 335: adopted by former foster carers (FOSTER_CARE) disagrees with the placement of the episode that ended in
     * adoption: 0 with A3/A5 (placed with current foster carers) or 1 with A4/A6. The message's A1 and A2 no longer
     * exist (docs/903.md 2.2.1).
     */
    static final ReturnRule FOSTER_CARE_DISAGREES_WITH_PLACEMENT = ReturnRule.eachChild("335", AD1,
            (child, adoptions, data, findings) -> {
                for (ReturnRow episode : data.episodes(child)) {
                    if (!episode.isOneOf("REC", ReturnCodes.ADOPTED)) {
                        continue;
                    }
                    for (ReturnRow adoption : adoptions) {
                        String foster = adoption.value("FOSTER_CARE");
                        if ("0".equals(foster) && episode.isOneOf("PLACE", WITH_CURRENT_FOSTER_CARERS)
                                || "1".equals(foster) && episode.isOneOf("PLACE", NOT_WITH_CURRENT_FOSTER_CARERS)) {
                            findings.flag(episode, "PLACE");
                            findings.flag(adoption, "FOSTER_CARE");
                        }
                    }
                }
            });

    private static final Set<String> FOSTER_OR_ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6", "U1", "U2",
            "U3", "U4", "U5", "U6");

    /**
     * 336: a child placed for adoption with current foster carers (A3, A5) had no foster or adoption placement in the
     * episode before. A first episode in the return is not tested (its predecessor is not known).
     */
    static final ReturnRule NO_FOSTER_PLACEMENT_BEFORE_ADOPTION = ReturnRule.eachChild("336", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 1; i < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    if (episode.isOneOf("PLACE", WITH_CURRENT_FOSTER_CARERS)
                            && !episodes.get(i - 1).isOneOf("PLACE", FOSTER_OR_ADOPTION_PLACEMENTS)) {
                        findings.flag(episode);
                    }
                }
            });

    /**
     * 344: a care leaver who died or returned home (IN_TOUCH DIED, RHOM) has an activity or accommodation other than 0.
     * A blank is not flagged (docs/903.md 2.6: 0 or blank).
     */
    static final ReturnRule DIED_OR_HOME_WITH_ACTIVITY = ReturnRule.eachRow("344", OC3,
            (row, data) -> ("DIED".equals(row.value("IN_TOUCH")) || "RHOM".equals(row.value("IN_TOUCH")))
                    && (notZero(row.value("ACTIV")) || notZero(row.value("ACCOM"))));

    private static boolean notZero(String value) {
        return value != null && !"0".equals(value);
    }

    /** 345: the authority is in touch (IN_TOUCH YES) but the activity or accommodation is 0. */
    static final ReturnRule IN_TOUCH_WITH_ZERO = ReturnRule.eachRow("345", OC3,
            (row, data) -> "YES".equals(row.value("IN_TOUCH"))
                    && ("0".equals(row.value("ACTIV")) || "0".equals(row.value("ACCOM"))));

    /**
     * 347: a care leaver under 18 at the start of the year is accommodated in a foyer (ACCOM T1, T2). The open
     * validator compares ACCOM with "T", which no code equals, so it never fires there.
     */
    static final ReturnRule FOYER_UNDER_18 = ReturnRule.eachRow("347", OC3,
            (row, data) -> {
                String accom = row.value("ACCOM");
                LocalDate dob = row.date("DOB") != null ? row.date("DOB") : data.dateOfBirth(row.child());
                return accom != null && accom.startsWith("T") && under(dob, 18, data.collectionStart());
            });

    /**
     * 348: last year's return said the care leaver had died (IN_TOUCH DIED) but this year's does not. It needs last
     * year's return, though the DfE list names only OC3: without last year's it finds nothing.
     */
    static final ReturnRule PREVIOUSLY_DIED = ReturnRule.eachRow("348", OC3,
            (row, data) -> {
                if (!data.hasPrevious()) {
                    return false;
                }
                ReturnRow last = data.previous().first(OC3, row.child());
                return last != null && "DIED".equals(last.value("IN_TOUCH")) && !"DIED".equals(row.value("IN_TOUCH"));
            });

    /**
     * 351: the child was over 25 at the start of the collection year: the 25th birthday was before 1 April.
     */
    static final ReturnRule OVER_25 = ReturnRule.eachRow("351", HEADER,
            (row, data) -> row.date("DOB") != null && row.date("DOB").plusYears(25).isBefore(data.collectionStart()));

    /**
     * 391: care leaver information for a young person not 17 to 21 at some time in the year: the 17th birthday is
     * after 31 March, or the 22nd on or before 1 April. Only rows with any of IN_TOUCH, ACTIV, ACCOM are tested.
     */
    static final ReturnRule CARE_LEAVER_WRONG_AGE = ReturnRule.eachRow("391", OC3,
            (row, data) -> {
                LocalDate dob = row.date("DOB") != null ? row.date("DOB") : data.dateOfBirth(row.child());
                boolean given = row.isPresent("IN_TOUCH") || row.isPresent("ACTIV") || row.isPresent("ACCOM");
                return given && dob != null && (dob.plusYears(17).isAfter(data.collectionEnd())
                        || !dob.plusYears(22).isAfter(data.collectionStart()));
            });

    public static List<ReturnRule> all() {
        List<ReturnRule> all = new ArrayList<>(List.of(BORN_AFTER_YEAR_END, CEASED_UASC_BUT_NOT_UASC,
                UASC_CEASED_AFTER_18, MATCHED_AFTER_PLACED, DECISION_AFTER_MATCH, DECISION_BEFORE_CARE_STARTED,
                FOSTER_CARE_DISAGREES_WITH_PLACEMENT, NO_FOSTER_PLACEMENT_BEFORE_ADOPTION, DIED_OR_HOME_WITH_ACTIVITY,
                IN_TOUCH_WITH_ZERO, FOYER_UNDER_18, PREVIOUSLY_DIED, OVER_25, CARE_LEAVER_WRONG_AGE));
        all.addAll(Rules300To499Episodes.first());
        all.addAll(Rules300To499MoreEpisodes.all());
        all.addAll(Rules300To499Others.all());
        return List.copyOf(all);
    }
}
