package org.hearth.returns.internal.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.missing.MissingRecords;
import org.hearth.missing.MissingRecords.HeldMissingEpisode;
import org.hearth.missing.MissingRecords.MissingCorrection;
import org.hearth.missing.MissingType;
import org.hearth.missing.NewMissingEpisode;
import org.hearth.missing.RiskLevel;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Missing: missing and away-from-placement episodes in the missing module, matched by child and start date. The 903
 * gives days, not times: an imported episode starts and ends at noon (London), which keeps its days whatever the
 * clocks do. What the return does not hold (risk, police, the return home interview) is recorded as not known.
 */
@Component
@Order(20)
class MissingImporter implements TableImporter {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String RISK_NOTE = "Imported from the 903 return, which does not record the risk";

    private final MissingRecords missing;

    MissingImporter(MissingRecords missing) {
        this.missing = missing;
    }

    @Override
    public List<ReturnTable> tables() {
        return List.of(ReturnTable.MISSING);
    }

    @Override
    public void check(ReturnData data, ImportChecks checks) {
        Map<String, Set<LocalDate>> seen = new HashMap<>();
        for (ReturnRow row : data.rows(ReturnTable.MISSING)) {
            checks.oneOf(row, "MISSING", Set.of("M", "A"), true);
            LocalDate start = checks.date(row, "MIS_START", true);
            LocalDate end = checks.date(row, "MIS_END", false);
            if (start != null && end != null && end.isBefore(start)) {
                checks.problem(row, "MIS_END", "The episode ends before it starts (MIS_START " + row.value("MIS_START")
                        + ")");
            }
            ReturnRow header = row.child() == null ? null : data.first(ReturnTable.HEADER, row.child());
            if (start != null && header != null && header.date("DOB") != null
                    && start.isBefore(header.date("DOB"))) {
                checks.problem(row, "MIS_START", "The episode starts before the child was born");
            }
            if (start != null && row.child() != null
                    && !seen.computeIfAbsent(row.child(), c -> new HashSet<>()).add(start)) {
                checks.problem(row, "MIS_START", "The child has two missing episodes starting on "
                        + row.value("MIS_START"));
            }
        }
    }

    @Override
    public void apply(ImportRun run) {
        Map<String, List<ReturnRow>> rows = run.data().byChild(ReturnTable.MISSING);
        if (rows.isEmpty()) {
            return;
        }
        Map<UUID, List<HeldMissingEpisode>> held = missing.heldOf(run.alreadyInHearth(rows.keySet()));
        List<NewMissingEpisode> created = new ArrayList<>();
        List<MissingCorrection> corrected = new ArrayList<>();
        for (Map.Entry<String, List<ReturnRow>> child : rows.entrySet()) {
            ImportRun.ChildRef ref = run.child(child.getKey());
            Map<LocalDate, HeldMissingEpisode> byStart = new HashMap<>();
            for (HeldMissingEpisode e : held.getOrDefault(ref.id(), List.of())) {
                byStart.putIfAbsent(day(e.startedAt()), e);
            }
            for (ReturnRow row : child.getValue()) {
                LocalDate start = row.date("MIS_START");
                LocalDate end = row.date("MIS_END");
                HeldMissingEpisode hearth = byStart.get(start);
                String hearthHas = hearth == null ? null
                        : Reconcile.content(hearth.type(), start, day(hearth.endedAt()));
                Reconcile decision = run.decide(row, child.getKey() + "|" + start, ref.id(),
                        Reconcile.content(row.value("MISSING"), start, end), hearthHas, "MIS_END",
                        hearth == null ? null : words(hearth.type().name(), start, day(hearth.endedAt())),
                        words(row.value("MISSING"), start, end));
                MissingType type = MissingType.valueOf(row.value("MISSING"));
                if (decision == Reconcile.CREATE) {
                    created.add(new NewMissingEpisode(ref.id(), type, noon(start), noon(end), null, false, null,
                            RiskLevel.LOW, RISK_NOTE, false, null, List.of()));
                } else if (decision == Reconcile.UPDATE) {
                    corrected.add(new MissingCorrection(hearth.id(), hearth.version(), ref.id(), type, noon(end)));
                }
            }
        }
        if (!created.isEmpty() || !corrected.isEmpty()) {
            missing.importEpisodes(created, corrected, run.by(), run.importId());
        }
    }

    private static Instant noon(LocalDate day) {
        return day == null ? null : day.atTime(LocalTime.NOON).atZone(LONDON).toInstant();
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(LONDON).toLocalDate();
    }

    private static String words(String type, LocalDate start, LocalDate end) {
        return "MISSING " + type + ", from " + start + (end == null ? ", not ended" : " to " + end);
    }
}
