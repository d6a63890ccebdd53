package org.hearth.returns.internal.export;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hearth.children.ChildView;
import org.hearth.children.EpisodeView;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnTable;

/**
 * The OC2 row of a child looked after continuously for at least 12 months at 31 March (docs/903.md 1.3 and 2.5), from
 * the practice module's health records; CONVICTED from its convictions and youth cautions (docs/returns-export.md).
 */
final class HealthOutcomes {

    /** Short breaks (V3, V4) do not count as being looked after continuously (docs/903.md 1.3). */
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    private HealthOutcomes() {
    }

    /** @return the OC2 values, or null when the child is not in the 12-month cohort */
    static String[] row(ChildView child, List<EpisodeView> episodes, List<ActivityView> activity,
            CollectionYear year) {
        if (!continuouslyLookedAfter(episodes, year)) {
            return null;
        }
        int age = Period.between(child.dateOfBirth(), year.end()).getYears();
        ActivityView sdq = latest(activity, ActivityKind.SDQ, year.start(), year.end());
        ActivityView substance = latest(activity, ActivityKind.SUBSTANCE_MISUSE, year.start(), year.end());
        ActivityView immunisations = latest(activity, ActivityKind.IMMUNISATIONS, null, year.end());
        ActivityView development = latest(activity, ActivityKind.DEVELOPMENT_CHECK, null, year.end());
        String problem = substance != null && "true".equals(substance.detail("problemIdentified")) ? "1" : "0";
        String received = "1".equals(problem) ? flag(substance.detail("interventionReceived")) : null;
        String offered = "0".equals(received) ? flag(substance.detail("interventionOffered")) : null;
        return HearthReturnExport.values(ReturnTable.OC2, child.localChildId(),
                HearthReturnExport.date(child.dateOfBirth()),
                sdq == null ? null : sdq.detail("score"),
                sdq == null || sdq.detail("score") != null ? null : sdq.detail("reasonNoScore"),
                // CONVICTED: 10 and over at 31 March (rules 542, 543), any conviction or caution in the year
                age < 10 ? null : any(activity, ActivityKind.YOUTH_JUSTICE_OUTCOME, year) ? "1" : "0",
                age < 5 ? (development != null && "true".equals(development.detail("upToDate")) ? "1" : "0") : null,
                immunisations != null && "true".equals(immunisations.detail("upToDate")) ? "1" : "0",
                any(activity, ActivityKind.DENTAL_CHECK, year) ? "1" : "0",
                any(activity, ActivityKind.HEALTH_ASSESSMENT, year) ? "1" : "0",
                problem, received, offered);
    }

    /**
     * Looked after at 31 March in a period of care that began on or before 1 April (abutting episodes), none of it
     * on short breaks.
     */
    static boolean continuouslyLookedAfter(List<EpisodeView> episodes, CollectionYear year) {
        int at = -1;
        for (int i = 0; i < episodes.size(); i++) {
            EpisodeView e = episodes.get(i);
            if (!e.decom().isAfter(year.end()) && (e.dec() == null || !e.dec().isBefore(year.end()))) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        LocalDate start = episodes.get(at).decom();
        for (int i = at; i >= 0; i--) {
            EpisodeView e = episodes.get(i);
            if (i < at && (e.dec() == null || !e.dec().equals(start))) {
                break; // a gap: the period of care began after this episode
            }
            if (SHORT_BREAKS.contains(e.ls())) {
                return false;
            }
            start = e.decom();
            if (!start.isAfter(year.start())) {
                return true;
            }
        }
        return false;
    }

    private static ActivityView latest(List<ActivityView> activity, ActivityKind kind, LocalDate from,
            LocalDate until) {
        return activity.stream().filter(a -> a.kind() == kind && !a.date().isAfter(until)
                && (from == null || !a.date().isBefore(from)))
                .max(Comparator.comparing(ActivityView::date)).orElse(null);
    }

    private static boolean any(List<ActivityView> activity, ActivityKind kind, CollectionYear year) {
        return activity.stream().anyMatch(a -> a.kind() == kind && year.contains(a.date()));
    }

    private static String flag(String bool) {
        return bool == null ? null : "true".equals(bool) ? "1" : "0";
    }
}
