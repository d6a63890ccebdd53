package org.hearth.returns.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.hearth.practice.NewActivity;
import org.hearth.practice.StatutoryActivities;
import org.hearth.practice.StatutoryActivities.ActivityCorrection;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.shared.FieldProblem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reviews: looked-after reviews in the practice module (kind REVIEW, with the 903 participation code), matched by child
 * and review date. The 903 does not say who chaired a review: Hearth records that it was not in the return.
 */
@Component
@Order(10)
class ReviewsImporter implements TableImporter {

    static final String NOT_IN_RETURN = "Not in the 903 return (imported)";

    private final StatutoryActivities activities;

    ReviewsImporter(StatutoryActivities activities) {
        this.activities = activities;
    }

    @Override
    public List<ReturnTable> tables() {
        return List.of(ReturnTable.REVIEWS);
    }

    @Override
    public void check(ReturnData data, ImportChecks checks) {
        Map<String, Set<LocalDate>> seen = new HashMap<>();
        for (ReturnRow row : data.rows(ReturnTable.REVIEWS)) {
            LocalDate date = checks.date(row, "REVIEW", true);
            if (date == null || row.child() == null) {
                continue;
            }
            if (!seen.computeIfAbsent(row.child(), c -> new HashSet<>()).add(date)) {
                checks.problem(row, "REVIEW", "The child has two reviews on " + row.value("REVIEW"));
                continue;
            }
            ReturnRow header = data.first(ReturnTable.HEADER, row.child());
            LocalDate dob = header == null ? null : header.date("DOB");
            for (FieldProblem p : activities.problemsWith(new NewActivity(null, dob, ActivityKind.REVIEW, date,
                    details(row, null)))) {
                checks.problem(row, p.field().equals("date") ? "REVIEW" : "REVIEW_CODE", p.message());
            }
        }
    }

    @Override
    public void apply(ImportRun run) {
        Map<String, List<ReturnRow>> rows = run.data().byChild(ReturnTable.REVIEWS);
        if (rows.isEmpty()) {
            return;
        }
        Map<UUID, List<ActivityView>> held = activities.historiesOf(run.alreadyInHearth(rows.keySet()));
        List<NewActivity> created = new ArrayList<>();
        List<ActivityCorrection> corrected = new ArrayList<>();
        for (Map.Entry<String, List<ReturnRow>> child : rows.entrySet()) {
            ImportRun.ChildRef ref = run.child(child.getKey());
            Map<LocalDate, ActivityView> byDate = new HashMap<>();
            for (ActivityView a : held.getOrDefault(ref.id(), List.of())) {
                if (a.kind() == ActivityKind.REVIEW) {
                    byDate.putIfAbsent(a.date(), a);
                }
            }
            for (ReturnRow row : child.getValue()) {
                LocalDate date = row.date("REVIEW");
                ActivityView hearth = byDate.get(date);
                String hearthHas = hearth == null ? null : Reconcile.content(hearth.detail("participation"));
                Reconcile decision = run.decide(row, child.getKey() + "|" + date, ref.id(),
                        Reconcile.content(row.value("REVIEW_CODE")), hearthHas, "REVIEW_CODE",
                        hearth == null ? null : "Participation " + hearth.detail("participation"),
                        "Participation " + row.value("REVIEW_CODE"));
                if (decision == Reconcile.CREATE) {
                    created.add(new NewActivity(ref.id(), ref.dateOfBirth(), ActivityKind.REVIEW, date,
                            details(row, null)));
                } else if (decision == Reconcile.UPDATE) {
                    corrected.add(new ActivityCorrection(hearth.id(), hearth.version(), ref.id(), ref.dateOfBirth(),
                            ActivityKind.REVIEW, date, details(row, hearth)));
                }
            }
        }
        if (!created.isEmpty()) {
            activities.load(created, run.by());
        }
        if (!corrected.isEmpty()) {
            activities.correctAll(corrected, run.by());
        }
    }

    private static Map<String, String> details(ReturnRow row, ActivityView hearth) {
        Map<String, String> details = new LinkedHashMap<>();
        if (hearth != null) {
            details.putAll(hearth.details());
        }
        details.put("participation", row.value("REVIEW_CODE"));
        details.putIfAbsent("chair", NOT_IN_RETURN);
        return details;
    }
}
