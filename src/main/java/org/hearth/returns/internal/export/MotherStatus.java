package org.hearth.returns.internal.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hearth.children.ChildView;
import org.hearth.children.EpisodeView;
import org.hearth.returns.CollectionYear;

/**
 * Header MOTHER and MC_DOB (docs/903.md 2.1) from the child's record, as the 903 rules read them (docs/returns-export.md):
 * <ul>
 * <li>blank for a male child (rules 165, 174), for a child in the return only as a care leaver, with no episode in the
 * year (628), and for a child looked after only on short breaks, V3 or V4 (399);</li>
 * <li>when no mother status is recorded: 0 for a girl under 11 on 1 April, the only value rule 620 allows (nobody
 * need record that a young child is not a mother); otherwise blank, and the return says what is missing (393, 607,
 * 165) rather than guessing;</li>
 * <li>otherwise 0 or 1 as at the end of her care in the year: 31 March, or the day she ceased to be looked after if
 * that was in the year. A first child born after that day is not in this year's return (625): she was not yet a mother
 * while looked after, so 0 and no date, and next year's return says 1.</li>
 * </ul>
 */
final class MotherStatus {

    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    private MotherStatus() {
    }

    /** @param episodesInYear the child's episodes in the year (none for a care leaver in the OC3 cohort only) */
    static String[] of(ChildView child, List<EpisodeView> episodesInYear, CollectionYear year) {
        if ("M".equals(child.sex()) || episodesInYear.stream().allMatch(e -> SHORT_BREAKS.contains(e.ls()))) {
            return new String[2];
        }
        if (child.mother() == null) {
            boolean under11 = child.dateOfBirth().plusYears(11).isAfter(year.start());
            return new String[] {under11 ? "0" : null, null};
        }
        LocalDate asAt = year.end();
        EpisodeView last = episodesInYear.get(episodesInYear.size() - 1);
        if (last.dec() != null && !last.dec().isAfter(year.end()) && !"X1".equals(last.rec())) {
            asAt = last.dec(); // she ceased to be looked after in the year
        }
        if (!child.mother() || child.firstChildBornOn() == null) {
            return new String[] {child.mother() ? "1" : "0", null};
        }
        if (child.firstChildBornOn().isAfter(asAt)) {
            return new String[] {"0", null};
        }
        return new String[] {"1", HearthReturnExport.date(child.firstChildBornOn())};
    }
}
