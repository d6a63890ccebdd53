package org.hearth.careleavers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hearth.access.AccessAction;
import org.hearth.access.AccessLog;
import org.hearth.access.ChildAccess;
import org.hearth.access.ChildVisibility;
import org.hearth.access.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort of young people 16 and over that a user may see (the record-level rule, as caseloads apply it), with
 * filters, sorting and paging, the KPIs, and the CSV export (each young person in it access-logged).
 */
@Service
public class Cohort {

    public static final int MAX_PAGE_SIZE = 200;

    private final ChildAccess access;
    private final AccessLog accessLog;
    private final CohortRepository cohort;
    private final Clock clock;

    Cohort(ChildAccess access, AccessLog accessLog, CohortRepository cohort, Clock clock) {
        this.access = access;
        this.accessLog = accessLog;
        this.cohort = cohort;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CohortRepository.Page page(CurrentUser user, CohortFilter filter, String sort, boolean descending,
            int page, int size) {
        if (page < 0) {
            throw org.hearth.shared.InvalidInputException.of("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw org.hearth.shared.InvalidInputException.of("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (sort != null && !CohortRepository.SORTS.containsKey(sort)) {
            throw org.hearth.shared.InvalidInputException.of("sort", "sort must be one of "
                    + String.join(", ", new java.util.TreeSet<>(CohortRepository.SORTS.keySet())));
        }
        ChildVisibility visibility = access.visibility(user);
        return cohort.page(visibility, filter, LocalDate.now(clock), sort, descending, page * size, size);
    }

    /** The KPI figures for what the user sees (within the team and adviser filters only). */
    @Transactional(readOnly = true)
    public List<Kpi> kpis(CurrentUser user, CohortFilter filter) {
        Map<String, CohortRepository.KpiCounts[]> counts = cohort.kpis(access.visibility(user), filter,
                LocalDate.now(clock), outOfAreaColumn());
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(new Kpi("17 to 18", "DfE", counts.get("17-18")[0], counts.get("17-18")[1]));
        kpis.add(new Kpi("19 to 21", "DfE", counts.get("19-21")[0], counts.get("19-21")[1]));
        kpis.add(new Kpi("22 to 25", "local measure", counts.get("22-25")[0], counts.get("22-25")[1]));
        kpis.add(new Kpi("All care leavers 17 to 25", "local measure", counts.get("all")[0], counts.get("all")[1]));
        return kpis;
    }

    /** The column saying whether a young person lives out of area, once where they live is known. */
    String outOfAreaColumn() {
        return "c.out_of_area";
    }

    /** One KPI band: the counts for all care leavers that age and for those living out of area. */
    public record Kpi(String band, String source, CohortRepository.KpiCounts all,
            CohortRepository.KpiCounts outOfArea) {

        public static String percent(long part, long whole) {
            return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
        }

        /** The figures as shown: care leavers, then % in EET, in suitable accommodation and in touch; all, then out of area. */
        public java.util.List<String> cells() {
            return java.util.List.of(String.valueOf(all.leavers()), percent(all.eet(), all.leavers()),
                    percent(all.suitable(), all.leavers()), percent(all.inTouch(), all.leavers()),
                    String.valueOf(outOfArea.leavers()), percent(outOfArea.eet(), outOfArea.leavers()),
                    percent(outOfArea.suitable(), outOfArea.leavers()),
                    percent(outOfArea.inTouch(), outOfArea.leavers()));
        }
    }

    /** Every matching young person for a CSV, each logged as exported by this user. */
    @Transactional
    public List<CohortRow> export(CurrentUser user, CohortFilter filter) {
        List<CohortRow> rows = cohort.all(access.visibility(user), filter, LocalDate.now(clock));
        for (CohortRow row : rows) {
            accessLog.record(user, row.childId(), AccessAction.EXPORT, "care leavers cohort (CSV)");
        }
        return rows;
    }
}
