package org.hearth.returns.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.careleavers.CareLeaverRecords;
import org.hearth.careleavers.LeavingCareStatus;
import org.hearth.careleavers.LeavingCareHistory;
import org.hearth.codes.CodeField;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * OC3 (care leavers' outcomes around their 17th to 21st birthdays) as the careleavers module's in-touch, activity and
 * accommodation statuses, each from the young person's birthday in the collection year (the 903 asks for the status
 * around that birthday), matched by child and collection year. Hearth's side is the status of each kind in force on
 * that birthday. A changed return adds statuses from the birthday; the earlier ones stay in the history.
 */
@Component
@Order(40)
class CareLeaverOutcomesImporter implements TableImporter {

    private final CareLeaverRecords careLeavers;

    CareLeaverOutcomesImporter(CareLeaverRecords careLeavers) {
        this.careLeavers = careLeavers;
    }

    @Override
    public List<ReturnTable> tables() {
        return List.of(ReturnTable.OC3);
    }

    @Override
    public void check(ReturnData data, ImportChecks checks) {
        for (ReturnRow row : data.rows(ReturnTable.OC3)) {
            ReturnRow header = row.child() == null ? null : data.first(ReturnTable.HEADER, row.child());
            LocalDate dob = header == null ? null : header.date("DOB");
            LocalDate on = dob == null ? null : birthday(dob, checks.year().start(), checks.today());
            checks.code(row, "IN_TOUCH", CodeField.IN_TOUCH, on, true);
            checks.code(row, "ACTIV", CodeField.ACTIV, on, false);
            checks.code(row, "ACCOM", CodeField.ACCOM, on, false);
        }
    }

    @Override
    public void apply(ImportRun run) {
        Map<String, List<ReturnRow>> rows = run.data().byChild(ReturnTable.OC3);
        if (rows.isEmpty()) {
            return;
        }
        Map<UUID, List<LeavingCareStatus>> held = careLeavers.statusesOf(run.alreadyInHearth(rows.keySet()));
        List<LeavingCareHistory> histories = new ArrayList<>();
        for (Map.Entry<String, List<ReturnRow>> child : rows.entrySet()) {
            ImportRun.ChildRef ref = run.child(child.getKey());
            ReturnRow row = child.getValue().get(0);
            LocalDate on = birthday(ref.dateOfBirth(), run.year().start(), run.today());
            List<LeavingCareStatus> statuses = held.getOrDefault(ref.id(), List.of());
            String inTouch = onDay(statuses, "IN_TOUCH", on);
            String activity = onDay(statuses, "ACTIVITY", on);
            String accommodation = onDay(statuses, "ACCOMMODATION", on);
            String hearthHas = inTouch == null && activity == null && accommodation == null ? null
                    : Reconcile.content(inTouch, activity, accommodation);
            Reconcile decision = run.decide(row, child.getKey() + "|" + run.year().endYear(), ref.id(),
                    Reconcile.content(row.value("IN_TOUCH"), row.value("ACTIV"), row.value("ACCOM")), hearthHas,
                    "IN_TOUCH, ACTIV, ACCOM", hearthHas == null ? null : words(inTouch, activity, accommodation),
                    words(row.value("IN_TOUCH"), row.value("ACTIV"), row.value("ACCOM")));
            if (decision == Reconcile.CREATE || decision == Reconcile.UPDATE) {
                histories.add(new LeavingCareHistory(ref.id(), null, null, coded(row.value("IN_TOUCH"), on),
                        coded(row.value("ACTIV"), on), coded(row.value("ACCOM"), on), null, null, List.of()));
            }
        }
        careLeavers.load(histories, run.by());
    }

    /** The young person's birthday in the collection year (today if it is still to come). */
    static LocalDate birthday(LocalDate dob, LocalDate yearStart, LocalDate today) {
        LocalDate birthday = dob.withYear(yearStart.getYear());
        if (birthday.isBefore(yearStart)) {
            birthday = dob.withYear(yearStart.getYear() + 1);
        }
        return birthday.isAfter(today) ? today : birthday;
    }

    private static String onDay(List<LeavingCareStatus> statuses, String kind, LocalDate on) {
        String code = null;
        for (LeavingCareStatus s : statuses) {
            if (s.kind().equals(kind) && !s.from().isAfter(on)) {
                code = s.code();
            }
        }
        return code;
    }

    private static List<LeavingCareHistory.Coded> coded(String code, LocalDate on) {
        return code == null ? List.of() : List.of(new LeavingCareHistory.Coded(code, on, null));
    }

    private static String words(String inTouch, String activity, String accommodation) {
        return "IN_TOUCH " + inTouch + ", ACTIV " + activity + ", ACCOM " + accommodation;
    }
}
