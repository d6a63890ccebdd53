package org.hearth.returns.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * OC2 (health and wellbeing of children looked after for a year at 31 March) as statutory activities in the practice
 * module: one activity per outcome the return gives, dated 31 March of the collection year (the return has no dates;
 * today if that is still to come), matched by child, kind and collection year (ADR 0010). A flag of 0 for a health
 * assessment or dental check records nothing: the return says none happened, and Hearth records what did. So too
 * CONVICTED: 1 is recorded as a conviction or youth caution of a kind not given, dated at the year's end and saying so
 * (the 903 gives neither which nor when); 0 records nothing.
 */
@Component
@Order(30)
class HealthOutcomesImporter implements TableImporter {

    static final String NOTE = "Imported from the 903 return (OC2), which gives no date: dated at the year's end";
    static final String CONVICTED_NOTE = "Imported from the 903 return (OC2 CONVICTED): convicted or given a youth "
            + "caution or youth conditional caution in the year. The return gives neither which nor the date: dated "
            + "at the year's end";
    private static final Set<String> FLAGS = Set.of("0", "1");

    /**
     * Outcomes the return may give for a child they do not apply to: HEALTH_CHECK from 5 (DfE rule 546), CONVICTED
     * under 10 (rule 542, the age of criminal responsibility). Hearth's rules refuse recording them; the import leaves
     * them out with a notice rather than refuse a council's whole return over what DfE only queries.
     */
    private static final Set<ActivityKind> ONLY_AT_SOME_AGES = Set.of(ActivityKind.DEVELOPMENT_CHECK,
            ActivityKind.YOUTH_JUSTICE_OUTCOME);

    private final StatutoryActivities activities;

    HealthOutcomesImporter(StatutoryActivities activities) {
        this.activities = activities;
    }

    /** One outcome of an OC2 row as an activity: its kind, its details, and the column it came from. */
    record Outcome(ActivityKind kind, String column, Map<String, String> details) {
    }

    @Override
    public List<ReturnTable> tables() {
        return List.of(ReturnTable.OC2);
    }

    @Override
    public void check(ReturnData data, ImportChecks checks) {
        LocalDate on = date(checks.year().end(), checks.today());
        for (ReturnRow row : data.rows(ReturnTable.OC2)) {
            for (String flag : List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                    "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")) {
                checks.oneOf(row, flag, FLAGS, false);
            }
            if (row.isPresent("SDQ_SCORE") && row.integer("SDQ_SCORE") == null) {
                checks.problem(row, "SDQ_SCORE", "The SDQ score is a whole number from 0 to 40");
                continue;
            }
            ReturnRow header = row.child() == null ? null : data.first(ReturnTable.HEADER, row.child());
            LocalDate dob = header == null ? null : header.date("DOB");
            for (Outcome outcome : outcomes(row)) {
                if (ONLY_AT_SOME_AGES.contains(outcome.kind())) {
                    continue; // not for the child's age: left out with a notice when written, not refused
                }
                for (FieldProblem p : activities.problemsWith(new NewActivity(null, dob, outcome.kind(), on,
                        outcome.details()))) {
                    checks.problem(row, outcome.column(), p.message());
                }
            }
        }
    }

    @Override
    public void apply(ImportRun run) {
        Map<String, List<ReturnRow>> rows = run.data().byChild(ReturnTable.OC2);
        if (rows.isEmpty()) {
            return;
        }
        LocalDate on = date(run.year().end(), run.today());
        Map<UUID, List<ActivityView>> held = activities.historiesOf(run.alreadyInHearth(rows.keySet()));
        List<NewActivity> created = new ArrayList<>();
        List<ActivityCorrection> corrected = new ArrayList<>();
        for (Map.Entry<String, List<ReturnRow>> child : rows.entrySet()) {
            ImportRun.ChildRef ref = run.child(child.getKey());
            List<ActivityView> history = held.getOrDefault(ref.id(), List.of());
            ReturnRow row = child.getValue().get(0);
            for (Outcome outcome : outcomes(row)) {
                if (ONLY_AT_SOME_AGES.contains(outcome.kind())) {
                    List<FieldProblem> refused = activities.problemsWith(new NewActivity(ref.id(),
                            ref.dateOfBirth(), outcome.kind(), on, outcome.details()));
                    if (!refused.isEmpty()) {
                        run.notice(row, outcome.column(), row.value(outcome.column()), null, "Not recorded: "
                                + refused.get(0).message() + " (the DfE's rules query it too)");
                        continue;
                    }
                }
                // Hearth's latest of the kind in the collection year is the one the return describes
                ActivityView hearth = history.stream().filter(a -> a.kind() == outcome.kind())
                        .filter(a -> run.year().contains(a.date()))
                        .max(Comparator.comparing(ActivityView::date)).orElse(null);
                Reconcile decision = run.decide(row, child.getKey() + "|" + outcome.kind() + "|"
                        + run.year().endYear(), ref.id(), content(outcome.kind(), outcome.details()),
                        hearth == null ? null : content(outcome.kind(), hearth.details()), outcome.column(),
                        hearth == null ? null : outcome.kind().label() + " " + content(outcome.kind(),
                                hearth.details()), outcome.kind().label() + " " + content(outcome.kind(),
                                        outcome.details()));
                if (decision == Reconcile.CREATE) {
                    Map<String, String> details = new LinkedHashMap<>(outcome.details());
                    details.put("notes", outcome.kind() == ActivityKind.YOUTH_JUSTICE_OUTCOME ? CONVICTED_NOTE : NOTE);
                    created.add(new NewActivity(ref.id(), ref.dateOfBirth(), outcome.kind(), on, details));
                } else if (decision == Reconcile.UPDATE) {
                    Map<String, String> details = new LinkedHashMap<>(hearth.details());
                    details.keySet().removeIf(k -> !k.equals("notes"));
                    details.putAll(outcome.details());
                    corrected.add(new ActivityCorrection(hearth.id(), hearth.version(), ref.id(), ref.dateOfBirth(),
                            outcome.kind(), hearth.date(), details));
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

    /** The outcomes a row gives, as the practice module records them (ActivityKind's details). */
    static List<Outcome> outcomes(ReturnRow row) {
        List<Outcome> outcomes = new ArrayList<>();
        if ("1".equals(row.value("HEALTH_ASSESSMENT"))) {
            outcomes.add(new Outcome(ActivityKind.HEALTH_ASSESSMENT, "HEALTH_ASSESSMENT", Map.of("type", "REVIEW")));
        }
        if ("1".equals(row.value("TEETH_CHECK"))) {
            outcomes.add(new Outcome(ActivityKind.DENTAL_CHECK, "TEETH_CHECK", Map.of()));
        }
        if (row.isPresent("IMMUNISATIONS")) {
            outcomes.add(new Outcome(ActivityKind.IMMUNISATIONS, "IMMUNISATIONS",
                    Map.of("upToDate", bool(row.value("IMMUNISATIONS")))));
        }
        if (row.isPresent("HEALTH_CHECK")) {
            outcomes.add(new Outcome(ActivityKind.DEVELOPMENT_CHECK, "HEALTH_CHECK",
                    Map.of("upToDate", bool(row.value("HEALTH_CHECK")))));
        }
        if (row.isPresent("SDQ_SCORE")) {
            // the 903's SDQ is the carer's questionnaire
            outcomes.add(new Outcome(ActivityKind.SDQ, "SDQ_SCORE", Map.of("score", row.value("SDQ_SCORE"),
                    "informant", "CARER")));
        } else if (row.isPresent("SDQ_REASON")) {
            outcomes.add(new Outcome(ActivityKind.SDQ, "SDQ_REASON", Map.of("reasonNoScore",
                    row.value("SDQ_REASON"))));
        }
        if (row.isPresent("SUBSTANCE_MISUSE")) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("problemIdentified", bool(row.value("SUBSTANCE_MISUSE")));
            if ("1".equals(row.value("SUBSTANCE_MISUSE"))) {
                if (row.isPresent("INTERVENTION_RECEIVED")) {
                    details.put("interventionReceived", bool(row.value("INTERVENTION_RECEIVED")));
                }
                if (row.isPresent("INTERVENTION_OFFERED")) {
                    details.put("interventionOffered", bool(row.value("INTERVENTION_OFFERED")));
                }
            }
            outcomes.add(new Outcome(ActivityKind.SUBSTANCE_MISUSE, "SUBSTANCE_MISUSE", details));
        }
        if ("1".equals(row.value("CONVICTED"))) {
            // NOT_GIVEN: the return does not say whether a conviction, a youth caution or a conditional one
            outcomes.add(new Outcome(ActivityKind.YOUTH_JUSTICE_OUTCOME, "CONVICTED", Map.of("outcome",
                    "NOT_GIVEN")));
        }
        return outcomes;
    }

    /**
     * The details compared across imports: every field but the notes, in name order. For a health assessment or
     * dental check, or a conviction or caution, the return says only that there was one, so any one in the year
     * matches.
     */
    private static String content(ActivityKind kind, Map<String, String> details) {
        if (kind == ActivityKind.HEALTH_ASSESSMENT || kind == ActivityKind.DENTAL_CHECK
                || kind == ActivityKind.YOUTH_JUSTICE_OUTCOME) {
            return "recorded";
        }
        StringBuilder text = new StringBuilder();
        details.entrySet().stream().filter(e -> !e.getKey().equals("notes"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(text.isEmpty() ? "" : ", ").append(e.getKey()).append('=')
                        .append(e.getValue()));
        return text.toString();
    }

    private static String bool(String flag) {
        return "1".equals(flag) ? "true" : "false";
    }

    private static LocalDate date(LocalDate yearEnd, LocalDate today) {
        return yearEnd.isAfter(today) ? today : yearEnd;
    }
}
