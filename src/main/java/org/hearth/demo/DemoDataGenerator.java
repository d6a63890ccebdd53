package org.hearth.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.hearth.children.ChildHistory;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.children.NewChild;
import org.hearth.demo.DemoOrganisation.Patch;
import org.hearth.demo.DemoOrganisation.Team;
import org.hearth.demo.PeriodOfCareSimulator.Outcome;
import org.hearth.demo.PeriodOfCareSimulator.Stability;

/**
 * Makes the demo children and young people with their episode histories: children in care aged 0-17 today, and
 * care leavers aged 16-25 who left care at 16 or older after at least 13 weeks in care from age 14. The same seed,
 * scale, day and organisation always give the same list: one seeded {@link Random} drives everything, in a fixed
 * order, and nothing reads the clock or iterates a hash table.
 */
public final class DemoDataGenerator {

    public static final long DEFAULT_SEED = 20261126L;

    /** Children the demo accounts hold, so that their caseloads are realistic rather than the team's average. */
    private static final int DEMO_WORKER_CASELOAD = 18;
    private static final int DEMO_ADVISER_CASELOAD = 20;

    /** A child before allocation: which patch their home is in decides the team. */
    private record Draft(NewChild child, List<EpisodeCommand> commands, Patch patch) {
    }

    private final DemoScale scale;
    private final LocalDate today;
    private final DemoOrganisation organisation;
    private final DemoPostcodes postcodes;
    private final Random random;
    /** Mother status: a stream of its own, so that the children come out as they did before it was recorded. */
    private final Random motherhood;
    private final SyntheticChildDetails details;
    private final PeriodOfCareSimulator periods;

    /**
     * @param today the day the histories run up to: nothing is dated after it
     * @param organisation the teams, workers and carers the children are allocated to and placed with
     */
    public DemoDataGenerator(long seed, DemoScale scale, LocalDate today, DemoOrganisation organisation) {
        this(seed, scale, today, organisation, DemoPostcodes.load());
    }

    DemoDataGenerator(long seed, DemoScale scale, LocalDate today, DemoOrganisation organisation,
            DemoPostcodes postcodes) {
        this.scale = scale;
        this.today = today;
        this.organisation = organisation;
        this.postcodes = postcodes;
        this.random = new Random(seed);
        this.motherhood = new Random(seed * 43 + 3);
        this.details = new SyntheticChildDetails(random);
        this.periods = new PeriodOfCareSimulator(new PlacementChooser(organisation.carers(), postcodes, random),
                random);
    }

    /** @return the children in care, then the care leavers, each with their commands in date order */
    public List<ChildHistory> generate() {
        List<Draft> inCare = new ArrayList<>();
        for (int i = 0; i < scale.childrenInCare(); i++) {
            inCare.add(childInCare());
        }
        List<Draft> leavers = new ArrayList<>();
        for (int i = 0; i < scale.careLeavers(); i++) {
            leavers.add(careLeaver());
        }
        List<ChildHistory> histories = new ArrayList<>();
        histories.addAll(allocate(inCare, organisation.childrenInCareTeams(), DEMO_WORKER_CASELOAD));
        histories.addAll(allocate(leavers, organisation.leavingCareTeams(), DEMO_ADVISER_CASELOAD));
        return histories.stream().map(this::withMotherStatus).toList();
    }

    /**
     * 903 Header MOTHER and MC_DOB: recorded for every young woman 11 or over (younger girls need none: the return
     * gives 0, the only value rule 620 allows); about 1 in 25 of those 14 or over is a mother, her first child born
     * after her 13th birthday and while she was looked after or since (rule 625 asks for it within the care period
     * of the year).
     */
    private ChildHistory withMotherStatus(ChildHistory history) {
        NewChild c = history.child();
        if ("M".equals(c.sex()) || c.dateOfBirth().plusYears(11).isAfter(today)) {
            return history;
        }
        LocalDate careEnded = null;
        for (EpisodeCommand command : history.commands()) {
            careEnded = command.type() == EpisodeCommandType.END_CARE ? command.date()
                    : command.type() == EpisodeCommandType.START_CARE ? null : careEnded;
        }
        LocalDate from = c.dateOfBirth().plusYears(13);
        LocalDate until = careEnded == null ? today : careEnded;
        boolean mother = !c.dateOfBirth().plusYears(14).isAfter(today) && motherhood.nextInt(100) < 4
                && from.isBefore(until);
        LocalDate firstChild = mother ? from.plusDays(motherhood.nextInt((int) ChronoUnit.DAYS.between(from, until)))
                : null;
        return new ChildHistory(new NewChild(c.localChildId(), c.firstName(), c.middleNames(), c.lastName(),
                c.preferredName(), c.dateOfBirth(), c.sex(), c.ethnicity(), c.upn(), c.nhsNumber(), c.uasc(),
                c.uascCeasedOn(), c.homePostcode(), c.currentPostcode(), c.responsibleTeamId(),
                c.allocatedWorkerId(), mother, firstChild), history.commands());
    }

    private Draft childInCare() {
        boolean uasc = random.nextInt(100) < 9;
        int age = uasc ? (random.nextInt(100) < 90 ? 14 + random.nextInt(4) : 12 + random.nextInt(2))
                : ageInCare();
        LocalDate dateOfBirth = dateOfBirthAged(age);
        String homePostcode = homePostcode(uasc);
        DemoChild child = new DemoChild(dateOfBirth, uasc, homePostcode);
        int roll = random.nextInt(100);
        Stability stability = !uasc && age >= 3 && roll < 13 ? Stability.SETTLED
                : age >= 5 && roll >= 93 ? Stability.UNSETTLED : Stability.ORDINARY;
        LocalDate start = currentPeriodStart(child, age, stability);
        List<EpisodeCommand> commands = new ArrayList<>();
        if (!uasc && random.nextInt(100) < 15) {
            commands.addAll(earlierPeriod(child, start));
        }
        Outcome current = periods.simulate(child, start, today.plusDays(1), stability, today);
        commands.addAll(current.commands());
        String currentPostcode = current.finalPlacement().postcode() != null ? current.finalPlacement().postcode()
                : homePostcode;
        SyntheticChildDetails.Details who = details.child(dateOfBirth, today, uasc,
                ChronoUnit.DAYS.between(start, today) < 28);
        return new Draft(newChild(who, dateOfBirth, uasc, null, homePostcode, currentPostcode), commands,
                patchOf(homePostcode));
    }

    private Draft careLeaver() {
        boolean uasc = random.nextInt(100) < 12;
        int age = uasc ? (random.nextInt(100) < 10 ? 17 : 18 + random.nextInt(8)) : careLeaverAge();
        LocalDate dateOfBirth = dateOfBirthAged(age);
        String homePostcode = homePostcode(uasc);
        DemoChild child = new DemoChild(dateOfBirth, uasc, homePostcode);
        LocalDate eighteenth = child.birthday(18);
        boolean leftAtEighteen = age >= 18 && random.nextInt(100) < (uasc ? 85 : 65);
        LocalDate careEnded = leftAtEighteen ? eighteenth
                : between(child.birthday(16), DemoChoices.min(eighteenth.minusDays(1), today));
        // Eligible for leaving care support: in care for at least 13 weeks since the age of 14.
        LocalDate latestStart = careEnded.minusWeeks(13);
        LocalDate start;
        if (uasc) {
            start = between(DemoChoices.max(child.birthday(14), careEnded.minusYears(3)), latestStart);
        } else {
            int roll = random.nextInt(100);
            long days = roll < 35 ? 91 + random.nextInt(275) : roll < 70 ? 366 + random.nextInt(1095)
                    : 1461 + random.nextInt(4000);
            start = DemoChoices.max(dateOfBirth, DemoChoices.min(careEnded.minusDays(days), latestStart));
        }
        List<EpisodeCommand> commands = new ArrayList<>();
        if (!uasc && random.nextInt(100) < 10) {
            commands.addAll(earlierPeriod(child, start));
        }
        Outcome last = periods.simulate(child, start, careEnded, Stability.ORDINARY, today);
        commands.addAll(last.commands());
        String reasonCareEnded = reasonCareEnded(last.finalPlacement(), careEnded.equals(eighteenth));
        commands.add(endCare(careEnded, reasonCareEnded));
        // Staying Put: still with the former foster carers, up to 21.
        String currentPostcode = "E17".equals(reasonCareEnded) && age <= 21 ? last.finalPlacement().postcode()
                : postcodes.pick(random, 70, 8, 7);
        LocalDate uascCeasedOn = uasc && !eighteenth.isAfter(today) ? eighteenth : null;
        SyntheticChildDetails.Details who = details.child(dateOfBirth, today, uasc, false);
        return new Draft(newChild(who, dateOfBirth, uasc, uascCeasedOn, homePostcode, currentPostcode), commands,
                Patch.WHOLE_COUNCIL);
    }

    /**
     * An earlier period of care that ended with the child going home (or to relatives, or under a court order)
     * at least a month before the current one started. Empty if the child is too young for one.
     */
    private List<EpisodeCommand> earlierPeriod(DemoChild child, LocalDate nextStart) {
        LocalDate latestEnd = nextStart.minusDays(30);
        LocalDate earliestStart = child.dateOfBirth();
        if (ChronoUnit.DAYS.between(earliestStart, latestEnd) < 60) {
            return List.of();
        }
        LocalDate start = between(earliestStart, latestEnd.minusDays(30));
        LocalDate end = DemoChoices.min(start.plusDays(14 + random.nextInt(700)), latestEnd);
        Outcome earlier = periods.simulate(child, start, end, Stability.ORDINARY, today);
        List<EpisodeCommand> commands = new ArrayList<>(earlier.commands());
        commands.add(endCare(end, reasonEarlierCareEnded(earlier.finalPlacement())));
        return commands;
    }

    /** How long the current period has lasted: a third under a year, a sixth over five years, as in England. */
    private LocalDate currentPeriodStart(DemoChild child, int age, Stability stability) {
        LocalDate born = child.dateOfBirth();
        if (child.uasc()) {
            return between(DemoChoices.max(child.birthday(Math.min(age, 14)), today.minusYears(3)), today);
        }
        return switch (stability) {
            // Started well before the two years of settled placement.
            case SETTLED -> between(DemoChoices.max(born, today.minusYears(12)), today.minusYears(2).minusDays(130));
            case UNSETTLED -> between(DemoChoices.max(born, today.minusYears(5)), today.minusDays(60));
            case ORDINARY -> {
                int roll = random.nextInt(100);
                long days = roll < 35 ? random.nextInt(365) : roll < 55 ? 365 + random.nextInt(365)
                        : roll < 85 ? 730 + random.nextInt(1095) : 1825 + random.nextInt(3500);
                yield DemoChoices.max(born, today.minusDays(days));
            }
        };
    }

    private String reasonCareEnded(DemoPlacement last, boolean atEighteen) {
        String type = last.type();
        boolean supported = type.equals("K3") || type.equals("H5");
        int roll = random.nextInt(100);
        if (atEighteen) {
            if (last.isFoster()) {
                return roll < 65 ? "E17" : roll < 80 ? "E5" : roll < 88 ? "E6" : "E8";
            } else if (supported) {
                return roll < 70 ? "E5" : roll < 90 ? "E6" : "E8";
            } else if (last.isWithParents()) {
                return roll < 60 ? "E8" : "E13";
            }
            return roll < 50 ? "E5" : roll < 75 ? "E8" : roll < 90 ? "E13" : "E6";
        }
        if (last.isFoster()) {
            return roll < 30 ? "E13" : roll < 65 ? "E4A" : roll < 80 ? "E5" : roll < 85 ? "E6" : "E8";
        } else if (supported) {
            return roll < 60 ? "E5" : roll < 85 ? "E6" : "E13";
        } else if (last.isWithParents()) {
            return roll < 90 ? "E4A" : "E8";
        }
        return roll < 40 ? "E13" : roll < 70 ? "E4A" : roll < 90 ? "E5" : "E8";
    }

    private String reasonEarlierCareEnded(DemoPlacement last) {
        int roll = random.nextInt(100);
        if (last.isWithParents()) {
            return "E4A";
        }
        if (("U1".equals(last.type()) || "U3".equals(last.type())) && roll < 30) {
            // A special guardianship order to the family and friends carers.
            return "E45";
        }
        return roll < 55 ? "E4A" : roll < 70 ? "E13" : roll < 82 ? "E4B" : roll < 92 ? "E41" : "E8";
    }

    /**
     * Gives each team its share of children in order, and each team's demo account (demo-worker, demo-pa) a
     * caseload spread through the team's children; the other workers share the rest in turn.
     */
    private List<ChildHistory> allocate(List<Draft> drafts, List<Team> teams, int demoCaseload) {
        List<List<Draft>> byTeam = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            byTeam.add(new ArrayList<>());
        }
        int[] nextInPatch = new int[Patch.values().length];
        for (Draft draft : drafts) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < teams.size(); i++) {
                if (draft.patch() == Patch.WHOLE_COUNCIL || teams.get(i).patch() == draft.patch()) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("No team covers the " + draft.patch() + " patch");
            }
            int turn = nextInPatch[draft.patch().ordinal()]++;
            byTeam.get(candidates.get(turn % candidates.size())).add(draft);
        }
        List<ChildHistory> histories = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            Team team = teams.get(t);
            List<Draft> children = byTeam.get(t);
            List<UUID> others = team.caseholders().stream().filter(id -> !id.equals(team.demoCaseholder())).toList();
            int demoShare = team.demoCaseholder() == null || others.isEmpty() ? 0
                    : Math.min(demoCaseload, children.size());
            int nextOther = 0;
            int demoGiven = 0;
            for (int i = 0; i < children.size(); i++) {
                UUID worker;
                // Every (n / share)th child goes to the demo account, so that it sees a bit of everything.
                if (demoGiven < demoShare && (long) i * demoShare / children.size() >= demoGiven) {
                    worker = team.demoCaseholder();
                    demoGiven++;
                } else if (others.isEmpty()) {
                    worker = team.demoCaseholder();
                } else {
                    worker = others.get(nextOther++ % others.size());
                }
                histories.add(new ChildHistory(allocated(children.get(i).child(), team.id(), worker),
                        List.copyOf(children.get(i).commands())));
            }
        }
        return histories;
    }

    private NewChild newChild(SyntheticChildDetails.Details who, LocalDate dateOfBirth, boolean uasc,
            LocalDate uascCeasedOn, String homePostcode, String currentPostcode) {
        return new NewChild(details.localChildId(), who.firstName(), who.middleNames(), who.lastName(),
                who.preferredName(), dateOfBirth, who.sex(), who.ethnicity(), who.upn(), who.nhsNumber(), uasc,
                uascCeasedOn, homePostcode, currentPostcode, null, null);
    }

    private static NewChild allocated(NewChild c, UUID teamId, UUID workerId) {
        return new NewChild(c.localChildId(), c.firstName(), c.middleNames(), c.lastName(), c.preferredName(),
                c.dateOfBirth(), c.sex(), c.ethnicity(), c.upn(), c.nhsNumber(), c.uasc(), c.uascCeasedOn(),
                c.homePostcode(), c.currentPostcode(), teamId, workerId);
    }

    private static EpisodeCommand endCare(LocalDate date, String reason) {
        return new EpisodeCommand(EpisodeCommandType.END_CARE, date, null, null, null, null, null, null, null, null,
                reason);
    }

    /** Unaccompanied children's home postcode is where they were first accommodated, in the council's area. */
    private String homePostcode(boolean uasc) {
        return uasc ? postcodes.centralBedfordshire(random) : postcodes.pick(random, 80, 8, 7);
    }

    /** North and Bedford homes go to the North teams, South and Luton to the South, others either. */
    private Patch patchOf(String homePostcode) {
        return switch (postcodes.areaOf(homePostcode)) {
            case CENTRAL_BEDFORDSHIRE_NORTH, BEDFORD -> Patch.NORTH;
            case CENTRAL_BEDFORDSHIRE_SOUTH, LUTON -> Patch.SOUTH;
            case FURTHER_AWAY -> random.nextBoolean() ? Patch.NORTH : Patch.SOUTH;
        };
    }

    /** Ages of children in care in England: a quarter 16-17, over a third 10-15, a fifth under 5. */
    private int ageInCare() {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return 0;
        } else if (roll < 19) {
            return 1 + random.nextInt(4);
        } else if (roll < 37) {
            return 5 + random.nextInt(5);
        } else if (roll < 75) {
            return 10 + random.nextInt(6);
        }
        return 16 + random.nextInt(2);
    }

    private int careLeaverAge() {
        int[] weights = {5, 8, 13, 13, 12, 12, 10, 10, 9, 8};
        int roll = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return 16 + i;
            }
        }
        return 25;
    }

    /** A date of birth giving this age today; never more than 26 years ago, as Hearth requires. */
    private LocalDate dateOfBirthAged(int age) {
        return between(today.minusYears(age + 1L).plusDays(1), today.minusYears(age));
    }

    /** A day from {@code from} to {@code to}, both included; {@code from} if the range is empty. */
    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) Math.min(days + 1, Integer.MAX_VALUE)));
    }

}
