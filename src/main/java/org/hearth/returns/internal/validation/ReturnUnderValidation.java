package org.hearth.returns.internal.validation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;

/**
 * What the rules read: this year's return, last year's when given (the *_last tables; rules that need it do not run
 * without it), the collection year and the submitting authority. Facts several rules share are worked out once.
 *
 * @param localAuthority the submitting authority's upper-tier code (E-code) for PL_LOCATION; null when not known
 */
public record ReturnUnderValidation(CollectionYear year, ReturnData current, ReturnData previous,
        String localAuthority, Map<String, Boolean> continuouslyLookedAfterCache) {

    public ReturnUnderValidation(CollectionYear year, ReturnData current, ReturnData previous, String localAuthority) {
        this(year, current, previous, localAuthority, new ConcurrentHashMap<>());
    }

    /**
     * A return as read, its derived fields filled first (docs/903.md 1.3: Header UASC; with a postcode directory,
     * PL_LA, PL_LOCATION and PL_DISTANCE), in both years, as every way into validation needs.
     */
    public static ReturnUnderValidation derived(CollectionYear year, ReturnData current, ReturnData previous,
            PostcodeFacts postcodes, String localAuthority) {
        ReturnDerivations.derive(current, postcodes, localAuthority);
        ReturnDerivations.derive(previous, postcodes, localAuthority);
        return new ReturnUnderValidation(year, current, previous, localAuthority);
    }

    public boolean hasPrevious() {
        return previous != null;
    }

    /** 1 April at the start of the collection year. */
    public LocalDate collectionStart() {
        return year.start();
    }

    /** 31 March at its end. */
    public LocalDate collectionEnd() {
        return year.end();
    }

    /** The child's Header row, null when the child has none. */
    public ReturnRow header(String child) {
        return current.first(ReturnTable.HEADER, child);
    }

    /** The child's date of birth by the Header, null when missing or not a date. */
    public LocalDate dateOfBirth(String child) {
        ReturnRow header = header(child);
        return header == null ? null : header.date("DOB");
    }

    /** The child's episodes this year in date order. */
    public List<ReturnRow> episodes(String child) {
        return current.of(ReturnTable.EPISODES, child);
    }

    /** Whole years of age on a date; -1 when either date is unknown. */
    public static int age(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || on == null) {
            return -1;
        }
        return Period.between(dateOfBirth, on).getYears();
    }

    /** An agreed series of short breaks (legal status V3 or V4): many rules leave these episodes out. */
    public static boolean isShortBreak(ReturnRow episode) {
        return episode.isOneOf("LS", ReturnCodes.SHORT_BREAK_LEGAL_STATUSES);
    }

    /**
     * Whether the episode overlaps the collection year: started on or before 31 March and not ended before 1 April
     * (an open episode runs to the end of the year).
     */
    public boolean overlapsYear(ReturnRow episode) {
        LocalDate decom = episode.date("DECOM");
        LocalDate dec = episode.date("DEC");
        return decom != null && !decom.isAfter(collectionEnd()) && (dec == null || !dec.isBefore(collectionStart()));
    }

    /**
     * Whether any of this year's episodes has a value in one of these derived columns (PL_LA, PL_LOCATION,
     * PL_DISTANCE). They are filled in only when the postcode directory was available as the return was read; without
     * it every episode lacks them, and the rules reading them would flag every episode for a missing reference list
     * rather than a wrong postcode.
     */
    public boolean anyEpisodeHas(String... derivedColumns) {
        for (ReturnRow episode : current.rows(ReturnTable.EPISODES)) {
            for (String column : derivedColumns) {
                if (episode.isPresent(column)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the child is UASC by this year's return: in the UASC table, or Header UASC = 1 (XML). */
    public boolean isUasc(String child) {
        ReturnRow header = header(child);
        return "1".equals(header == null ? null : header.value("UASC"))
                || !current.of(ReturnTable.UASC, child).isEmpty();
    }

    /**
     * Whether the child was looked after for the whole year, as the DfE's 2021-22 validation rules v1.2 define it
     * (docs/903.md section 1.3): not so if any episode starts in the year with RNE S, ends in the year (before 31
     * March) for a reason other than X1, or is a short-break (V3/V4) episode overlapping the year. A child with no
     * episodes was not looked after at all.
     */
    public boolean continuouslyLookedAfter(String child) {
        return continuouslyLookedAfterCache.computeIfAbsent(child, c -> {
            List<ReturnRow> episodes = episodes(c);
            if (episodes.isEmpty()) {
                return false;
            }
            LocalDate start = collectionStart();
            LocalDate end = collectionEnd();
            for (ReturnRow episode : episodes) {
                LocalDate decom = episode.date("DECOM");
                LocalDate dec = episode.date("DEC");
                if (decom != null && decom.isAfter(start) && "S".equals(episode.value("RNE"))) {
                    return false;
                }
                if (dec != null && !dec.isBefore(start) && dec.isBefore(end) && !"X1".equals(episode.value("REC"))) {
                    return false;
                }
                boolean overlaps = (decom == null || !decom.isAfter(end)) && (dec == null || !dec.isBefore(start));
                if (overlaps && isShortBreak(episode)) {
                    return false;
                }
            }
            return true;
        });
    }
}
