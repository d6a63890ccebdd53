package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.HEADER;
import static org.hearth.returns.internal.data.ReturnTable.OC3;
import static org.hearth.returns.internal.validation.rules.Rules500UpHelpers.firstDated;
import static org.hearth.returns.internal.validation.rules.Rules500UpHelpers.lastDated;
import static org.hearth.returns.internal.validation.rules.Rules500UpHelpers.sameAsOpenEpisodeLastYear;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;

/** Rules 500 and up about episodes: their order, continuity with last year, and placement providers. */
final class Rules500UpEpisodes {

    private Rules500UpEpisodes() {
    }

    /** 501: an episode must not start before the previous episode (by start date) ended. */
    static final ReturnRule STARTS_AFTER_PREVIOUS_ENDED = ReturnRule.eachChild("501", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 1; i < episodes.size(); i++) {
                    LocalDate decom = episodes.get(i).date("DECOM");
                    LocalDate previousEnd = episodes.get(i - 1).date("DEC");
                    if (decom != null && previousEnd != null && decom.isBefore(previousEnd)) {
                        findings.flag(episodes.get(i));
                    }
                }
            });

    /**
     * 502: when last year's latest episode was still open, this year's first episode must start on the same date.
     * Reading: last year's latest episode by DECOM (the open validator matches any open episode last year).
     */
    static final ReturnRule FIRST_EPISODE_CONTINUES_LAST_YEAR = ReturnRule.eachChild("502", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow last = Rules500UpHelpers.openAtEndOfLastYear(data.previous(), child);
                ReturnRow first = firstDated(episodes);
                if (last != null && first != null && !first.date("DECOM").equals(last.date("DECOM"))) {
                    findings.flag(first);
                }
            });

    /** 503A: the first episode's reason for new episode must match last year's open episode. */
    static final ReturnRule SAME_RNE_AS_LAST_YEAR = sameAsOpenEpisodeLastYear("503A", "RNE", Set.of());

    /** 503B: the first episode's legal status must match last year's open episode. */
    static final ReturnRule SAME_LS_AS_LAST_YEAR = sameAsOpenEpisodeLastYear("503B", "LS", Set.of());

    /** 503C: the first episode's category of need must match last year's open episode. */
    static final ReturnRule SAME_CIN_AS_LAST_YEAR = sameAsOpenEpisodeLastYear("503C", "CIN", Set.of());

    /**
     * 503D: the first episode's placement type must match last year's open episode. Reading: the code changes of
     * recent years are not differences: H5 last year to K3 (2024-25), Z1 last year to Z11-Z14 (2025-26).
     */
    static final ReturnRule SAME_PLACE_AS_LAST_YEAR = sameAsOpenEpisodeLastYear("503D", "PLACE",
            Set.of(List.of("H5", "K3"), List.of("Z1", "Z11"), List.of("Z1", "Z12"), List.of("Z1", "Z13"),
                    List.of("Z1", "Z14")));

    /** 503E: the first episode's placement provider must match last year's open episode. */
    static final ReturnRule SAME_PROVIDER_AS_LAST_YEAR = sameAsOpenEpisodeLastYear("503E", "PLACE_PROVIDER",
            Set.of());

    /** 503F: the first episode's Ofsted URN must match last year's open episode. */
    static final ReturnRule SAME_URN_AS_LAST_YEAR = sameAsOpenEpisodeLastYear("503F", "URN", Set.of());

    /**
     * 503G: the first episode's distance from home must match last year's open episode, to within 0.2 miles (as
     * the open validator: distances are rounded to 0.1 and postcode directories change). Not checked where either
     * distance is unknown.
     */
    static final ReturnRule SAME_DISTANCE_AS_LAST_YEAR = ReturnRule.eachChild("503G", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow last = Rules500UpHelpers.openAtEndOfLastYear(data.previous(), child);
                ReturnRow first = firstDated(episodes);
                if (last == null || first == null) {
                    return;
                }
                Double now = number(first.value("PL_DISTANCE"));
                Double before = number(last.value("PL_DISTANCE"));
                if (now != null && before != null && Math.abs(now - before) >= 0.2 - 1e-9) {
                    findings.flag(first);
                }
            });

    /** 503H: the first episode's placement authority (PL_LA) must match last year's open episode. */
    static final ReturnRule SAME_PLACEMENT_LA_AS_LAST_YEAR = sameAsOpenEpisodeLastYear("503H", "PL_LA", Set.of());

    /** 503J: the first episode's placement location (IN/OUT) must match last year's open episode. */
    static final ReturnRule SAME_LOCATION_AS_LAST_YEAR = sameAsOpenEpisodeLastYear("503J", "PL_LOCATION", Set.of());

    /**
     * 504: within a period of care (episodes joined by X1 and the same date), the category of need stays as it was
     * at the start of the period.
     */
    static final ReturnRule CATEGORY_OF_NEED_KEPT = ReturnRule.eachChild("504", EPISODES,
            (child, episodes, data, findings) -> {
                String atStart = null;
                for (int i = 0; i < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    ReturnRow previous = i == 0 ? null : episodes.get(i - 1);
                    boolean continues = previous != null && "X1".equals(previous.value("REC"))
                            && previous.date("DEC") != null && previous.date("DEC").equals(episode.date("DECOM"));
                    if (!continues) {
                        atStart = episode.value("CIN");
                    } else if (!java.util.Objects.equals(atStart, episode.value("CIN"))) {
                        findings.flag(episode);
                    }
                }
            });

    /** 516: an episode ending with a special guardianship order to former foster carers (E45, E46) is a U1-U6 placement. */
    static final ReturnRule SGO_TO_FOSTER_CARERS_FROM_FOSTERING = ReturnRule.eachRow("516", EPISODES,
            (row, data) -> row.isOneOf("REC", Set.of("E45", "E46"))
                    && !row.isOneOf("PLACE", ReturnCodes.FOSTER_PLACEMENTS));

    private static final Set<String> NO_PROVIDER = Set.of("T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");

    /**
     * 526: every placement except temporary ones (T0-T4) and other placements (Z11-Z14) has a provider. A blank
     * placement type needs one too (as the open validator).
     */
    static final ReturnRule PROVIDER_GIVEN = ReturnRule.eachRow("526", EPISODES,
            (row, data) -> !row.isOneOf("PLACE", NO_PROVIDER) && row.isBlank("PLACE_PROVIDER"));

    private static final Set<String> P1_R2_R5 = Set.of("P1", "R2", "R5");

    /** 527: own-authority provision (PR1) cannot be a P1, R2 or R5 placement. */
    static final ReturnRule PR1_NOT_P1_R2_R5 = provider("527", "PR1", P1_R2_R5);

    /** 528: another authority's provision (PR2) cannot be a P1, R2 or R5 placement. */
    static final ReturnRule PR2_NOT_P1_R2_R5 = provider("528", "PR2", P1_R2_R5);

    /** 529: other public provision (PR3) cannot be P1, A3-A6, K1, K2 or U1-U6. */
    static final ReturnRule PR3_NOT_FAMILY_OR_HOMES = provider("529", "PR3", Set.of("P1", "A3", "A4", "A5", "A6",
            "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6"));

    /** 530: private provision (PR4) cannot be a placement with parents (P1). */
    static final ReturnRule PR4_NOT_P1 = provider("530", "PR4", Set.of("P1"));

    /** 531: voluntary provision (PR5) cannot be a placement with parents (P1). */
    static final ReturnRule PR5_NOT_P1 = provider("531", "PR5", Set.of("P1"));

    /** 550: parents as provider (PR0) only with a placement with parents (P1); a blank placement type is not P1. */
    static final ReturnRule PR0_ONLY_P1 = ReturnRule.eachRow("550", EPISODES,
            (row, data) -> "PR0".equals(row.value("PLACE_PROVIDER")) && !"P1".equals(row.value("PLACE")));

    /**
     * 562: a first episode that started before this collection year must be last year's latest episode (same start
     * date). A child missing from last year's return altogether is flagged too (as the open validator; NoE says so
     * as well).
     */
    static final ReturnRule CONTINUES_FROM_LAST_YEAR = ReturnRule.eachChild("562", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow first = firstDated(episodes);
                if (first == null || !first.date("DECOM").isBefore(data.collectionStart())) {
                    return;
                }
                ReturnRow last = lastDated(data.previous().of(EPISODES, child));
                if (last == null || !last.date("DECOM").equals(first.date("DECOM"))) {
                    findings.flag(first);
                }
            });

    /**
     * EPI: a child in the Header needs episodes, unless only a care leaver (in OC3). A warning in the DfE portal.
     */
    static final ReturnRule CHILD_HAS_EPISODES = ReturnRule.eachRow("EPI", HEADER,
            (row, data) -> row.child() != null && data.current().of(EPISODES, row.child()).isEmpty()
                    && data.current().of(OC3, row.child()).isEmpty());

    /** NoE: an episode that started before this year needs the child to have episodes in last year's return. */
    static final ReturnRule EPISODES_LAST_YEAR = ReturnRule.eachChild("NoE", EPISODES,
            (child, episodes, data, findings) -> {
                if (!data.previous().of(EPISODES, child).isEmpty()) {
                    return;
                }
                for (ReturnRow episode : episodes) {
                    LocalDate decom = episode.date("DECOM");
                    if (decom != null && decom.isBefore(data.collectionStart())) {
                        findings.flag(episode);
                    }
                }
            });

    static List<ReturnRule> all() {
        return List.of(STARTS_AFTER_PREVIOUS_ENDED, FIRST_EPISODE_CONTINUES_LAST_YEAR, SAME_RNE_AS_LAST_YEAR,
                SAME_LS_AS_LAST_YEAR, SAME_CIN_AS_LAST_YEAR, SAME_PLACE_AS_LAST_YEAR, SAME_PROVIDER_AS_LAST_YEAR,
                SAME_URN_AS_LAST_YEAR, SAME_DISTANCE_AS_LAST_YEAR, SAME_PLACEMENT_LA_AS_LAST_YEAR,
                SAME_LOCATION_AS_LAST_YEAR, CATEGORY_OF_NEED_KEPT, SGO_TO_FOSTER_CARERS_FROM_FOSTERING,
                PROVIDER_GIVEN, PR1_NOT_P1_R2_R5, PR2_NOT_P1_R2_R5, PR3_NOT_FAMILY_OR_HOMES, PR4_NOT_P1, PR5_NOT_P1,
                PR0_ONLY_P1, CONTINUES_FROM_LAST_YEAR, CHILD_HAS_EPISODES, EPISODES_LAST_YEAR);
    }

    private static ReturnRule provider(String code, String provider, Set<String> notWith) {
        return ReturnRule.eachRow(code, EPISODES,
                (row, data) -> provider.equals(row.value("PLACE_PROVIDER")) && row.isOneOf("PLACE", notWith));
    }

    private static Double number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
