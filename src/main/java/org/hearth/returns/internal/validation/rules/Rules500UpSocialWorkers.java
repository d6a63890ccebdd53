package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.SW_EPISODES;
import static org.hearth.returns.internal.validation.ReturnUnderValidation.isShortBreak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;

/** The social worker rules (SWEpisodes, from 2023-24). */
final class Rules500UpSocialWorkers {

    private Rules500UpSocialWorkers() {
    }

    /** 1 April 2023, when the reason for a change of social worker became required (docs/903.md 2.11). */
    private static final LocalDate REASON_REQUIRED_FROM = LocalDate.of(2023, 4, 1);

    /** Tolerance the DfE allows between one social worker's end and the next one's start (SW10STG2). */
    private static final int OVERLAP_DAYS = 7;

    private static final Comparator<ReturnRow> BY_START = Comparator
            .comparing((ReturnRow r) -> r.date("SW_DECOM"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing((ReturnRow r) -> r.date("SW_DEC"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ReturnRow::line);

    /** SW01aSTG1: an episode has a start date; one starting before 1 April 2023 has a social worker id. */
    static final ReturnRule COMPLETE_BEFORE_2023 = ReturnRule.eachRow("SW01aSTG1", SW_EPISODES, (row, data) -> {
        LocalDate start = row.date("SW_DECOM");
        return start == null || start.isBefore(REASON_REQUIRED_FROM) && row.isBlank("SW_ID");
    });

    /** SW01bSTG1: an episode has a start date; one starting from 1 April 2023 has a social worker id and a reason. */
    static final ReturnRule COMPLETE_FROM_2023 = ReturnRule.eachRow("SW01bSTG1", SW_EPISODES, (row, data) -> {
        LocalDate start = row.date("SW_DECOM");
        return start == null
                || !start.isBefore(REASON_REQUIRED_FROM) && (row.isBlank("SW_ID") || row.isBlank("SW_REASON"));
    });

    /** SW02STG1: a social worker id, where given, begins SW or XX. */
    static final ReturnRule ID_PREFIX = ReturnRule.eachRow("SW02STG1", SW_EPISODES, (row, data) -> {
        String id = row.value("SW_ID");
        return id != null && !id.startsWith("SW") && !id.startsWith("XX");
    });

    /** SW04STG1: the start date, where given, is a real date (a blank is SW01's concern). */
    static final ReturnRule START_IS_A_DATE = ReturnRule.eachRow("SW04STG1", SW_EPISODES,
            (row, data) -> row.isInvalidDate("SW_DECOM"));

    /** SW05STG1: the end date, where given, is a real date. */
    static final ReturnRule END_IS_A_DATE = ReturnRule.eachRow("SW05STG1", SW_EPISODES,
            (row, data) -> row.isInvalidDate("SW_DEC"));

    /** SW06STG2: an episode does not start after the collection year ends. */
    static final ReturnRule STARTS_IN_TIME = ReturnRule.eachRow("SW06STG2", SW_EPISODES, (row, data) -> {
        LocalDate start = row.date("SW_DECOM");
        return start != null && start.isAfter(data.collectionEnd());
    });

    /**
     * SW07STG2: an end date is on or after the start of the social worker reporting period (1 April of the year
     * before the collection year: the full previous year is reported, SW12STG2) and not after 31 March.
     */
    static final ReturnRule ENDS_IN_PERIOD = ReturnRule.eachRow("SW07STG2", SW_EPISODES, (row, data) -> {
        LocalDate end = row.date("SW_DEC");
        return end != null && (end.isBefore(data.collectionStart().minusYears(1)) || end.isAfter(data.collectionEnd()));
    });

    /** SW08STG2: only the latest episode (by start) may be open; an earlier one without an end date is flagged. */
    static final ReturnRule EARLIER_EPISODES_ENDED = ReturnRule.eachChild("SW08STG2", SW_EPISODES,
            (child, episodes, data, findings) -> {
                if (episodes.size() < 2) {
                    return;
                }
                List<ReturnRow> ordered = ordered(episodes);
                for (int i = 0; i < ordered.size() - 1; i++) {
                    ReturnRow episode = ordered.get(i);
                    if (episode.date("SW_DECOM") != null && episode.isBlank("SW_DEC")) {
                        findings.flag(episode);
                    }
                }
            });

    /** SW09STG2: an episode does not end on the day it starts. */
    static final ReturnRule LASTS_A_DAY = ReturnRule.eachRow("SW09STG2", SW_EPISODES, (row, data) -> {
        LocalDate start = row.date("SW_DECOM");
        return start != null && start.equals(row.date("SW_DEC"));
    });

    /**
     * SW10STG2: a new episode does not start before the previous one ended, allowing the DfE's 7 days; first
     * contacts (FCONTA) are exempt. Reading: only starts too early are flagged, as the message says; the open
     * validator also flags gaps of more than 7 days.
     */
    static final ReturnRule STARTS_AFTER_PREVIOUS_ENDED = ReturnRule.eachChild("SW10STG2", SW_EPISODES,
            (child, episodes, data, findings) -> {
                if (episodes.size() < 2) {
                    return;
                }
                List<ReturnRow> ordered = ordered(episodes);
                for (int i = 1; i < ordered.size(); i++) {
                    ReturnRow episode = ordered.get(i);
                    LocalDate start = episode.date("SW_DECOM");
                    LocalDate previousEnd = ordered.get(i - 1).date("SW_DEC");
                    if (start != null && previousEnd != null && !"FCONTA".equals(episode.value("SW_REASON"))
                            && start.isBefore(previousEnd.minusDays(OVERLAP_DAYS))) {
                        findings.flag(episode);
                    }
                }
            });

    /**
     * SW11bSTG2: the child's latest episode (by start) did not end before 31 March without a later one. Reading: the
     * message; the open validator's version flags every child with a single episode.
     */
    static final ReturnRule FOLLOWED_BY_ANOTHER = ReturnRule.eachChild("SW11bSTG2", SW_EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow latest = latest(episodes);
                LocalDate end = latest == null ? null : latest.date("SW_DEC");
                if (end != null && end.isBefore(data.collectionEnd())) {
                    findings.flag(latest);
                }
            });

    /**
     * SW12STG2: a child looked after on 31 March (not on short breaks) has social worker episodes covering the
     * year: one starting on or before the later of 1 April and the start of the child's first episode. Reading: the
     * message asks for the full year even while not looked after, but a child new to children's services may have
     * had no social worker before entering care, so the coverage is asked from their first episode this year.
     */
    static final ReturnRule COVERS_THE_YEAR = ReturnRule.eachChild("SW12STG2", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow last = Rules500UpHelpers.lastDated(episodes);
                if (last == null || isShortBreak(last)
                        || !Rules500UpHelpers.lookedAfterOn(episodes, data.collectionEnd())) {
                    return;
                }
                LocalDate firstStart = Rules500UpHelpers.firstDated(episodes).date("DECOM");
                LocalDate from = firstStart.isAfter(data.collectionStart()) ? firstStart : data.collectionStart();
                List<ReturnRow> social = data.current().of(SW_EPISODES, child);
                for (ReturnRow episode : social) {
                    LocalDate start = episode.date("SW_DECOM");
                    if (start != null && !start.isAfter(from)) {
                        return;
                    }
                }
                if (social.isEmpty()) {
                    findings.flagChild(child, SW_EPISODES);
                } else {
                    findings.flag(ordered(social).get(0));
                }
            });

    /**
     * SW13STG1: the reason for a change of social worker is a valid code; blank only for episodes that started
     * before 1 April 2023 (docs/903.md 2.11).
     */
    static final ReturnRule REASON_VALID = ReturnRule.eachRow("SW13STG1", SW_EPISODES, (row, data) -> {
        if (row.isPresent("SW_REASON")) {
            return !row.isOneOf("SW_REASON", ReturnCodes.SOCIAL_WORKER_CHANGE_REASON);
        }
        LocalDate start = row.date("SW_DECOM");
        return start != null && !start.isBefore(REASON_REQUIRED_FROM);
    });

    /** SW17STG2: the child's latest episode (by start) is open at 31 March: no end date. */
    static final ReturnRule OPEN_AT_31_MARCH = ReturnRule.eachChild("SW17STG2", SW_EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow latest = latest(episodes);
                if (latest != null && latest.isPresent("SW_DEC")) {
                    findings.flag(latest);
                }
            });

    static List<ReturnRule> all() {
        return List.of(COMPLETE_BEFORE_2023, COMPLETE_FROM_2023, ID_PREFIX, START_IS_A_DATE, END_IS_A_DATE,
                STARTS_IN_TIME, ENDS_IN_PERIOD, EARLIER_EPISODES_ENDED, LASTS_A_DAY, STARTS_AFTER_PREVIOUS_ENDED,
                FOLLOWED_BY_ANOTHER, COVERS_THE_YEAR, REASON_VALID, OPEN_AT_31_MARCH);
    }

    private static List<ReturnRow> ordered(List<ReturnRow> episodes) {
        List<ReturnRow> ordered = new ArrayList<>(episodes);
        ordered.sort(BY_START);
        return ordered;
    }

    /** The episode with the latest start date; null when none is dated. */
    private static ReturnRow latest(List<ReturnRow> episodes) {
        ReturnRow latest = null;
        for (ReturnRow episode : episodes) {
            LocalDate start = episode.date("SW_DECOM");
            if (start != null && (latest == null || !start.isBefore(latest.date("SW_DECOM")))) {
                latest = episode;
            }
        }
        return latest;
    }
}
