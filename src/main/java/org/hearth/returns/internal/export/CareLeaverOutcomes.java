package org.hearth.returns.internal.export;

import java.time.LocalDate;
import java.util.List;

import org.hearth.careleavers.LeavingCareStatus;
import org.hearth.children.ChildView;
import org.hearth.children.EpisodeView;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnTable;

/**
 * The OC3 row of a care leaver whose 17th to 21st birthday falls in the year (docs/903.md 2.6), from the care leavers
 * module's recorded statuses around the birthday: the status in force a month after it (the DfE asks for the young
 * person's circumstances around the birthday), blank when none was recorded by then.
 */
final class CareLeaverOutcomes {

    private CareLeaverOutcomes() {
    }

    /** @return the OC3 values, or null when the young person is not in the year's cohort */
    static String[] row(ChildView child, List<EpisodeView> episodes, List<LeavingCareStatus> statuses,
            CollectionYear year) {
        if (statuses == null) {
            return null; // no leaving care record
        }
        for (int age = 17; age <= 21; age++) {
            LocalDate birthday = child.dateOfBirth().plusYears(age);
            if (!year.contains(birthday)) {
                continue;
            }
            // still looked after on the birthday: not a care leaver yet (rules 1007, 1016)
            boolean lookedAfter = episodes.stream().anyMatch(e -> !e.decom().isAfter(birthday)
                    && (e.dec() == null || e.dec().isAfter(birthday)));
            // no episodes at all: the care history predates Hearth's records (a care leaver imported from a return
            // has only their OC3 row), and their leaving care record is the evidence they left care
            boolean leftBefore = episodes.isEmpty()
                    || episodes.stream().anyMatch(e -> e.dec() != null && !e.dec().isAfter(birthday));
            if (lookedAfter || !leftBefore) {
                return null;
            }
            LocalDate around = birthday.plusMonths(1);
            return HearthReturnExport.values(ReturnTable.OC3, child.localChildId(),
                    HearthReturnExport.date(child.dateOfBirth()), latest(statuses, "IN_TOUCH", around),
                    latest(statuses, "ACTIVITY", around), latest(statuses, "ACCOMMODATION", around));
        }
        return null;
    }

    private static String latest(List<LeavingCareStatus> statuses, String kind, LocalDate by) {
        String code = null;
        for (LeavingCareStatus s : statuses) {
            if (s.kind().equals(kind) && !s.from().isAfter(by)) {
                code = s.code();
            }
        }
        return code;
    }
}
