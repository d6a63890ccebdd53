package org.hearth.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.hearth.careleavers.ConcernLevel;
import org.hearth.careleavers.LeavingCareHistory;
import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.Rating;
import org.hearth.children.ChildHistory;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;

/**
 * Makes the leaving care records of the demo young people aged 16 to 24 who were looked after at or after 16: a
 * personal adviser for care leavers (demo-pa's own caseload, others shared among the leaving care teams' advisers),
 * activity, accommodation and in-touch histories with a realistic mix (most in education, employment or training,
 * some NEET for over 3 months, some in unsuitable accommodation, a few not in touch), some Staying Put, concern
 * levels, and a few ratings overridden with a reason. Its own seeded {@link Random}, so the children and their
 * activity come out as before.
 */
public final class DemoLeavingCareGenerator {

    private final Random random;
    private final LocalDate today;
    private final List<UUID> advisers;
    private final Set<UUID> adviserSet;

    public DemoLeavingCareGenerator(long seed, LocalDate today, DemoOrganisation organisation) {
        this.random = new Random(seed * 31 + 11);
        this.today = today;
        this.advisers = organisation.leavingCareTeams().stream().flatMap(t -> t.caseholders().stream()).toList();
        this.adviserSet = new HashSet<>(advisers);
    }

    public List<LeavingCareHistory> of(List<ChildHistory> histories, List<UUID> childIds) {
        List<LeavingCareHistory> out = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            LeavingCareHistory h = of(histories.get(i), childIds.get(i));
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }

    private LeavingCareHistory of(ChildHistory history, UUID id) {
        LocalDate born = history.child().dateOfBirth();
        int age = Period.between(born, today).getYears();
        if (age < 16 || age >= 25 || history.commands().isEmpty()) {
            return null;
        }
        LocalDate ended = null;
        boolean open = false;
        for (EpisodeCommand command : history.commands()) {
            if (command.type() == EpisodeCommandType.START_CARE) {
                open = true;
                ended = null;
            } else if (command.type() == EpisodeCommandType.END_CARE) {
                open = false;
                ended = command.date();
            }
        }
        LocalDate sixteen = born.plusYears(16);
        if (!open && (ended == null || !ended.isAfter(sixteen))) {
            return null;
        }
        LocalDate from = open ? DemoChoices.max(sixteen, today.minusYears(1)) : ended;
        if (from.isAfter(today)) {
            from = today;
        }
        // activity: an earlier one from leaving care (or 16), then the current one
        String code = activity();
        LocalDate since = between(from, today);
        List<LeavingCareHistory.Coded> activities = new ArrayList<>();
        if (since.isAfter(from)) {
            activities.add(new LeavingCareHistory.Coded(pickEet(), from, null));
        }
        activities.add(new LeavingCareHistory.Coded(code, since, null));
        if (open) {
            // looked after: the care plan covers where they live and contact; activity only
            return new LeavingCareHistory(id, null, null, List.of(), activities, List.of(), null, null, List.of());
        }
        UUID adviser = adviserSet.contains(history.child().allocatedWorkerId()) ? history.child().allocatedWorkerId()
                : advisers.isEmpty() ? null : advisers.get(random.nextInt(advisers.size()));
        String inTouch = DemoChoices.pick(random, "YES", 88, "NO", 5, "REFU", 3, "NREQ", 4);
        LocalDate lastContact = inTouch.equals("YES") ? today.minusDays(random.nextInt(random.nextInt(10) == 0 ? 90
                : 50)) : today.minusDays(60 + random.nextInt(200));
        if (!inTouch.equals("YES")) {
            activities.set(activities.size() - 1, new LeavingCareHistory.Coded("0", since, null));
        }
        boolean stayingPut = age >= 18 && age < 21 && random.nextInt(100) < 12
                && ended.isAfter(born.plusYears(18).minusDays(1));
        String accommodation = stayingPut ? "Z1" : accommodation(age);
        List<LeavingCareHistory.Coded> accommodations = List.of(new LeavingCareHistory.Coded(accommodation,
                between(ended, today), null));
        LeavingCareHistory.StayingPutPeriod sp = stayingPut ? new LeavingCareHistory.StayingPutPeriod(
                "Former foster carers", ended, null) : null;
        LeavingCareHistory.ConcernLevels concerns = random.nextInt(100) < 70
                ? new LeavingCareHistory.ConcernLevels(level(), level(), level(), level(), between(
                        today.minusMonths(6), today))
                : null;
        List<LeavingCareHistory.Override> overrides = new ArrayList<>();
        if (random.nextInt(100) < 6 && adviser != null) {
            overrides.add(new LeavingCareHistory.Override(RagDomain.EET, Rating.AMBER,
                    DemoChoices.pick(random, "Has an interview for an apprenticeship next week", 1,
                            "Course place confirmed from January", 1, "Attendance at college has dropped", 1),
                    adviser, "Personal adviser", today.minusDays(random.nextInt(30))));
        }
        if (random.nextInt(100) < 4 && adviser != null) {
            overrides.add(new LeavingCareHistory.Override(RagDomain.PERSONAL_CIRCUMSTANCES, Rating.RED,
                    "Worried about new friends and money going missing", adviser, "Personal adviser",
                    today.minusDays(random.nextInt(30))));
        }
        return new LeavingCareHistory(id, adviser, adviser == null ? null : ended, List.of(
                new LeavingCareHistory.Coded(inTouch, ended, lastContact.isBefore(ended) ? ended : lastContact)),
                activities, accommodations, sp, concerns, overrides);
    }

    /** Most in EET; some NEET recently or for long (the drift the ratings should show). */
    private String activity() {
        return DemoChoices.pick(random, "EET", 68, "G5", 14, "G4", 5, "G6", 5, "NONE", 8).equals("EET") ? pickEet()
                : DemoChoices.pick(random, "G5", 60, "G4", 20, "G6", 20);
    }

    private String pickEet() {
        return DemoChoices.pick(random, "F1", 10, "P1", 2, "F2", 30, "P2", 8, "F4", 10, "P4", 2, "F5", 15, "P5", 10);
    }

    private String accommodation(int age) {
        String suitable = DemoChoices.pick(random, "U1", 35, "D1", 25, "E1", 10, "B1", 12, "T1", 5, "K1", 5, "C1", 3,
                "Y1", 5);
        if (age < 18 && suitable.equals("T1")) {
            suitable = "D1"; // 903 rule 347: no foyer under 18
        }
        return DemoChoices.pick(random, "SUITABLE", 82, "UNSUITABLE", 12, "RED", 3, "UNKNOWN", 3).equals("SUITABLE")
                ? suitable : DemoChoices.pick(random, "D2", 30, "U2", 30, "B2", 20, "K2", 20);
    }

    private ConcernLevel level() {
        return ConcernLevel.valueOf(DemoChoices.pick(random, "NONE", 78, "SOME", 18, "SERIOUS", 4));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }
}
