package org.hearth.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.hearth.children.ChildHistory;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.supervision.DecisionStatus;
import org.hearth.supervision.MeetingKind;
import org.hearth.supervision.NewDecision;
import org.hearth.supervision.NewMeeting;
import org.hearth.supervision.NewSession;
import org.hearth.supervision.Participation;
import org.hearth.supervision.ReflectiveModel;
import org.hearth.supervision.SupervisionKind;

/**
 * Makes the demo council's supervision over the last {@link #WINDOW_MONTHS} months (issue 5): each caseholding
 * worker's one-to-one supervision with their team manager, monthly, or weekly then fortnightly for the few who are
 * newly qualified; case supervision of some children; each child's decisions with an owner and a due date; and
 * meetings about the child with how the child took part.
 * <p>
 * Made to give the drift engine and the supervision statistics something to find: about {@link #LATE_PERCENT}% of
 * workers have gone more than a month without supervision, about {@link #REFLECTIVE_PERCENT}% of sessions have every
 * reflective section written beyond the council's minimum (varying by team, so that team rates differ) and the rest
 * are thin, about one decision in ten is open past its date, and some meetings went ahead without the child taking
 * part.
 * <p>
 * It has its own seeded {@link Random}, used in the order it is given the children and the teams, so that the
 * children and their activity come out exactly as before supervision was added, and the same seed and day always give
 * the same supervision.
 */
public final class DemoSupervisionGenerator {

    static final int WINDOW_MONTHS = 12;
    static final int LATE_PERCENT = 10;
    static final int REFLECTIVE_PERCENT = 70;
    /** Of the workers who are not late, the share newly qualified in the last 6 months or so. */
    static final int NEWLY_QUALIFIED_PERCENT = 6;
    static final int CASE_SUPERVISED_PERCENT = 40;

    /** What one call makes, for one {@code SupervisionRecords.load}. */
    public record Supervision(List<NewSession> sessions, List<NewDecision> decisions, List<NewMeeting> meetings,
            Map<UUID, LocalDate> newlyQualifiedSince) {

        public int size() {
            return sessions.size() + decisions.size() + meetings.size();
        }
    }

    /**
     * A child as supervision needs them: who holds them and since when they were known to the service.
     *
     * @param knownFrom the start of their latest period of care
     * @param inCare false for a care leaver
     */
    public record CaseChild(UUID id, UUID teamId, UUID workerId, LocalDate born, LocalDate knownFrom,
            boolean inCare) {
    }

    private final Random random;
    private final LocalDate today;
    private final LocalDate windowStart;
    private final ReflectiveModel model;
    private final int minimumWords;
    private final Map<UUID, Integer> teamReflective = new HashMap<>();

    /**
     * @param model the council's reflective recording model
     * @param minimumWords the words a section needs to count as reflective discussion (local setting)
     */
    public DemoSupervisionGenerator(long seed, LocalDate today, ReflectiveModel model, int minimumWords) {
        // a stream of its own, apart from the children's and the activity's
        this.random = new Random(seed * 37 + 11);
        this.today = today;
        this.windowStart = today.minusMonths(WINDOW_MONTHS);
        this.model = model;
        this.minimumWords = minimumWords;
    }

    /** @param childIds the ids the children were given when loaded, in the same order as {@code histories} */
    public static List<CaseChild> caseChildren(List<ChildHistory> histories, List<UUID> childIds) {
        List<CaseChild> children = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            ChildHistory history = histories.get(i);
            LocalDate start = null;
            boolean inCare = false;
            for (EpisodeCommand command : history.commands()) {
                if (command.type() == EpisodeCommandType.START_CARE) {
                    start = command.date();
                    inCare = true;
                } else if (command.type() == EpisodeCommandType.END_CARE) {
                    inCare = false;
                }
            }
            if (start != null && history.child().allocatedWorkerId() != null) {
                children.add(new CaseChild(childIds.get(i), history.child().responsibleTeamId(),
                        history.child().allocatedWorkerId(), history.child().dateOfBirth(), start, inCare));
            }
        }
        return children;
    }

    /**
     * Case supervision, decisions and meetings of these children.
     *
     * @param managerOfTeam each team's manager, who supervises the case
     */
    public Supervision ofChildren(List<CaseChild> children, Map<UUID, UUID> managerOfTeam) {
        List<NewSession> sessions = new ArrayList<>();
        List<NewDecision> decisions = new ArrayList<>();
        List<NewMeeting> meetings = new ArrayList<>();
        for (CaseChild child : children) {
            LocalDate from = DemoChoices.max(child.knownFrom(), windowStart);
            if (!from.isBefore(today)) {
                continue;
            }
            UUID manager = managerOfTeam.get(child.teamId());
            if (manager != null && random.nextInt(100) < CASE_SUPERVISED_PERCENT) {
                int percent = teamPercent(child.teamId());
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    LocalDate date = weekday(between(from, today));
                    sessions.add(new NewSession(SupervisionKind.CASE, date, 20 + 5 * random.nextInt(7), manager,
                            child.workerId(), child.teamId(), model, sections(random.nextInt(100) < percent),
                            scale(), List.of(child.id())));
                    decisions.add(decision(child, date, "Team manager, in case supervision"));
                }
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                decisions.add(decision(child, weekday(between(from, today)), pick(DECIDED_BY)));
            }
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                meetings.add(meeting(child, weekday(between(from, today))));
            }
        }
        return new Supervision(sessions, decisions, meetings, Map.of());
    }

    /**
     * Each caseholding worker's one-to-one supervision with their team manager, discussing children of their
     * caseload, and which of them are newly qualified. The demo accounts are never late, so that the demo opens on a
     * worker whose supervision is in order.
     */
    public Supervision oneToOnes(DemoOrganisation organisation, List<CaseChild> children) {
        Map<UUID, List<CaseChild>> caseloads = new HashMap<>();
        children.forEach(c -> caseloads.computeIfAbsent(c.workerId(), w -> new ArrayList<>()).add(c));
        List<NewSession> sessions = new ArrayList<>();
        Map<UUID, LocalDate> newlyQualified = new LinkedHashMap<>();
        List<DemoOrganisation.Team> teams = new ArrayList<>(organisation.childrenInCareTeams());
        teams.addAll(organisation.leavingCareTeams());
        for (DemoOrganisation.Team team : teams) {
            int percent = teamPercent(team.id());
            for (UUID worker : team.caseholders()) {
                boolean demo = worker.equals(team.demoCaseholder());
                boolean late = !demo && random.nextInt(100) < LATE_PERCENT;
                boolean newlyQualifiedWorker = !demo && !late && random.nextInt(100) < NEWLY_QUALIFIED_PERCENT;
                Worker w = new Worker(team, worker, caseloads.getOrDefault(worker, List.of()), percent, sessions);
                if (newlyQualifiedWorker) {
                    // started practice between 3 weeks and 7 months ago: some weekly, some fortnightly, some done
                    LocalDate since = weekday(today.minusDays(21 + random.nextInt(190)));
                    newlyQualified.put(worker, since);
                    w.newlyQualified(since);
                } else {
                    w.monthly(late ? today.minusDays(35 + random.nextInt(70)) : today);
                }
            }
        }
        return new Supervision(sessions, List.of(), List.of(), newlyQualified);
    }

    /** One worker's one-to-ones, written into the shared list. */
    private final class Worker {
        private final DemoOrganisation.Team team;
        private final UUID id;
        private final List<CaseChild> caseload;
        private final int reflectivePercent;
        private final List<NewSession> out;

        Worker(DemoOrganisation.Team team, UUID id, List<CaseChild> caseload, int reflectivePercent,
                List<NewSession> out) {
            this.team = team;
            this.id = id;
            this.caseload = caseload;
            // each worker a little above or below their team: a rate is of people, not of a coin
            this.reflectivePercent = reflectivePercent + random.nextInt(21) - 10;
            this.out = out;
        }

        /** Gaps of 3 to 4 weeks (a weekend moves back to the Friday), so each is within the month. */
        void monthly(LocalDate until) {
            LocalDate date = weekday(windowStart.plusDays(random.nextInt(21)));
            while (!date.isAfter(until)) {
                session(date, 60 + 15 * random.nextInt(5));
                date = weekday(date.plusDays(21 + random.nextInt(8)));
            }
        }

        /** Weekly for the first 6 weeks, fortnightly to 6 months, then monthly (LGA Employer Standards 2020). */
        void newlyQualified(LocalDate since) {
            LocalDate date = weekday(since.plusDays(2 + random.nextInt(4)));
            while (!date.isAfter(today)) {
                session(date, date.isBefore(since.plusWeeks(6)) ? 45 + 15 * random.nextInt(2)
                        : 60 + 15 * random.nextInt(3));
                int gap = date.isBefore(since.plusWeeks(6)) ? 5 + random.nextInt(3)
                        : date.isBefore(since.plusMonths(6)) ? 10 + random.nextInt(5) : 21 + random.nextInt(8);
                date = weekday(date.plusDays(gap));
            }
        }

        private void session(LocalDate date, int minutes) {
            List<UUID> discussed = new ArrayList<>();
            for (CaseChild child : caseload) {
                if (!child.knownFrom().isAfter(date) && random.nextInt(100) < 35 && discussed.size() < 5) {
                    discussed.add(child.id());
                }
            }
            out.add(new NewSession(SupervisionKind.ONE_TO_ONE, date, minutes, team.managerId(), id, team.id(), model,
                    sections(random.nextInt(100) < reflectivePercent), scale(), discussed));
        }
    }

    /**
     * A team's share of reflective sessions, drawn when the team is first met and kept for its case and one-to-one
     * supervision alike: some teams well above the council's, some well below.
     */
    private int teamPercent(UUID team) {
        return teamReflective.computeIfAbsent(team, t -> REFLECTIVE_PERCENT + random.nextInt(31) - 15);
    }

    /**
     * The model's sections: every one written beyond the minimum, or thin, with at least one section short of it (a
     * line of what happened and nothing of what it meant, as inspectors find).
     */
    private Map<String, String> sections(boolean reflective) {
        List<ReflectiveModel.Section> all = model.sections();
        int shortOne = reflective ? -1 : random.nextInt(all.size());
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i).name();
            boolean thin = i == shortOne || !reflective && random.nextInt(100) < 40;
            String text = thin ? words(name, random.nextInt(Math.max(1, minimumWords)))
                    : words(name, minimumWords + 5 + random.nextInt(50));
            if (!text.isEmpty()) {
                sections.put(name, text);
            }
        }
        return sections;
    }

    private Integer scale() {
        return model.hasScale() ? 3 + random.nextInt(6) : null;
    }

    /** Sentences from the section's bank until there are enough words, cut to {@code count} when short. */
    private String words(String section, int count) {
        if (count == 0) {
            return "";
        }
        String[] bank = SENTENCES.getOrDefault(section, SENTENCES.get("experience"));
        StringBuilder text = new StringBuilder();
        int start = random.nextInt(bank.length);
        int n = 0;
        for (int i = 0; n < count; i++) {
            String sentence = bank[(start + i) % bank.length];
            text.append(text.isEmpty() ? "" : " ").append(sentence);
            n += sentence.split(" ").length;
        }
        if (count >= minimumWords) {
            return text.toString();
        }
        String[] cut = text.toString().split(" ");
        return String.join(" ", java.util.Arrays.copyOf(cut, count)).replaceAll("[.,;]$", "") + ".";
    }

    /** Most past their date are done; about one in eight is left open, which is the drift to find. */
    private NewDecision decision(CaseChild child, LocalDate decidedOn, String decidedBy) {
        String[] what = pickPair(child.inCare() ? IN_CARE_DECISIONS : LEAVING_CARE_DECISIONS);
        LocalDate due = decidedOn.plusDays(7 + random.nextInt(50));
        DecisionStatus status = DecisionStatus.OPEN;
        LocalDate closed = null;
        if (due.isBefore(today) && random.nextInt(100) >= 12) {
            status = random.nextInt(100) < 95 ? DecisionStatus.DONE : DecisionStatus.SUPERSEDED;
            closed = DemoChoices.min(today, decidedOn.plusDays(3 + random.nextInt((int) (due.toEpochDay() - decidedOn
                    .toEpochDay()) + 10)));
        }
        return new NewDecision(child.id(), what[0], what[1], decidedBy, decidedOn, child.workerId(), due, status,
                closed);
    }

    /**
     * Reviews and PEP meetings mostly hear from the child; strategy and professionals' meetings often go ahead
     * without them, which is what the participation report is for.
     */
    private NewMeeting meeting(CaseChild child, LocalDate date) {
        int age = Period.between(child.born(), date).getYears();
        MeetingKind kind;
        if (!child.inCare()) {
            kind = MeetingKind.valueOf(pick("PATHWAY_PLAN_REVIEW", 60, "PROFESSIONALS", 30, "STRATEGY", 10));
        } else if (age >= 4 && age < 16) {
            kind = MeetingKind.valueOf(pick("REVIEW", 35, "PEP", 25, "PROFESSIONALS", 15, "FAMILY_TIME_PLANNING",
                    15, "STRATEGY", 10));
        } else if (age >= 16) {
            kind = MeetingKind.valueOf(pick("REVIEW", 35, "PEP", 15, "PATHWAY_PLAN_REVIEW", 25, "PROFESSIONALS", 15,
                    "STRATEGY", 10));
        } else {
            kind = MeetingKind.valueOf(pick("REVIEW", 50, "FAMILY_TIME_PLANNING", 30, "PROFESSIONALS", 20));
        }
        Participation participation;
        if (age < 4) {
            participation = Participation.PN0;
        } else {
            int without = switch (kind) {
                case STRATEGY -> 65;
                case PROFESSIONALS -> 45;
                case FAMILY_TIME_PLANNING -> 25;
                default -> 7;
            };
            participation = random.nextInt(100) < without ? Participation.PN7
                    : Participation.valueOf(pick("PN1", 55, "PN2", 10, "PN3", 4, "PN4", 6, "PN5", 13, "PN6", 12));
        }
        String attendees = switch (kind) {
            case REVIEW -> "Independent reviewing officer, social worker, foster carer";
            case PEP -> "Designated teacher, virtual school, social worker, foster carer";
            case STRATEGY -> "Social worker, team manager, police, health";
            case PROFESSIONALS -> "Social worker, school, looked-after children nurse, supervising social worker";
            case PATHWAY_PLAN_REVIEW -> "Personal adviser, young person's key worker";
            case FAMILY_TIME_PLANNING -> "Social worker, family time supervisor, foster carer";
            default -> "Social worker";
        };
        return new NewMeeting(child.id(), child.teamId(), date, kind, attendees, participation);
    }

    private LocalDate between(LocalDate from, LocalDate until) {
        return from.plusDays(random.nextInt((int) Math.max(1, until.toEpochDay() - from.toEpochDay())));
    }

    /** Supervision happens on working days: a Saturday or Sunday moves back to the Friday. */
    private static LocalDate weekday(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY ? date.minusDays(1)
                : date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(2) : date;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String[] pickPair(String[][] values) {
        return values[random.nextInt(values.length)];
    }

    /** One of the values, by weight: pick("A", 70, "B", 30). */
    private String pick(Object... valuesAndWeights) {
        return DemoChoices.pick(random, valuesAndWeights);
    }


    private static final String[] DECIDED_BY = {"Looked-after review", "Team manager", "Permanence panel",
        "Legal gateway meeting", "Head of service", "Professionals' meeting"};

    private static final String[][] IN_CARE_DECISIONS = {
        {"Request an updated health assessment from the looked-after children's nurse",
            "The last assessment is close to a year old and the carer has raised sleep concerns"},
        {"Refer to CAMHS for assessment", "Low mood and self-harm disclosed to the foster carer"},
        {"Increase family time with mother to fortnightly",
            "Family time has gone well for three months and the child asks to see her more"},
        {"Start life story work", "The child has questions about why they came into care"},
        {"Arrange a placement stability meeting", "The carers have asked for more support after two incidents"},
        {"Refer to an independent advocate", "The child wants their own voice at the next review"},
        {"Assess the aunt as a special guardian", "The aunt has come forward and the child knows her well"},
        {"Apply for a school place nearer the placement", "The journey is over an hour each way"},
        {"Update the care plan after the review", "The review agreed a change of permanence plan"},
        {"Complete a return home interview referral", "The child was missing overnight last week"}};

    private static final String[][] LEAVING_CARE_DECISIONS = {
        {"Support an application for a council tenancy", "The staying-put arrangement ends in the summer"},
        {"Help to register with a GP near the new flat", "The young person has moved out of area"},
        {"Refer to the education, employment and training worker",
            "The young person left college and wants an apprenticeship"},
        {"Set up a budgeting plan with the young person", "Rent arrears have built up over two months"},
        {"Apply for the leaving care setting-up home allowance", "The young person moves into a tenancy soon"},
        {"Update the pathway plan", "Circumstances changed after the move"}};

    /** Sentences by section (Kolb cycle and Signs of Safety), for text that reads like a supervision record. */
    private static final Map<String, String[]> SENTENCES = Map.of(
            "experience", new String[] {
                "Visited the child at the placement and saw them alone in their room.",
                "The carer reports that school attendance has improved since the last review.",
                "There was an incident at family time when mother arrived late and upset.",
                "The child has settled in the new school and has made two friends.",
                "The young person missed two appointments with the looked-after children's nurse.",
                "The worker has had a heavy month with two court reports due."},
            "reflection", new String[] {
                "The worker felt anxious after family time and wondered whether the child picked up on it.",
                "The child seemed relieved when we talked about staying with the carers.",
                "It was hard to hear the child's account of home and the worker used supervision to talk it through.",
                "The carers feel unsupported and the worker recognised their frustration.",
                "We reflected on how the child's silence may be a way of keeping safe.",
                "The worker noticed they had been avoiding the difficult conversation with father."},
            "analysis", new String[] {
                "Attachment theory helps explain why the child tests the carers before each holiday.",
                "The risk of placement breakdown is moderate and reduced by the school's support.",
                "We considered whether the drop in attendance is linked to the change of family time.",
                "Missing information from health makes it hard to judge the child's development.",
                "The pattern of missing episodes suggests exploitation should be considered.",
                "Strengths are the carers' commitment and the child's relationship with their brother."},
            "actionPlan", new String[] {
                "The worker will visit within two weeks and see the child alone.",
                "Ask the nurse for the health assessment by the end of the month.",
                "Raise the family time arrangements at the next review with the IRO.",
                "Refer to the advocacy service so the child's views reach the review.",
                "Book a stability meeting with the carers and the supervising social worker.",
                "Review this plan at the next supervision."},
            "worries", new String[] {
                "We are worried that the child goes missing after contact with older young people.",
                "Mother's drinking has increased and family time has been cancelled twice.",
                "The carers are exhausted and the placement may not hold over the summer.",
                "The young person has rent arrears and may lose the tenancy.",
                "School report rising anxiety and the child is not eating at lunch."},
            "workingWell", new String[] {
                "The carers know the child well and the child says they feel safe there.",
                "School attendance is above ninety per cent this term.",
                "The child has a trusted relationship with the worker and talks openly.",
                "Grandmother visits weekly and brings stability.",
                "The young person keeps in touch with their personal adviser."},
            "nextSteps", new String[] {
                "The worker will see the child alone within ten days.",
                "A stability meeting will be held with the carers before the holidays.",
                "Refer to the exploitation team and share the missing episodes.",
                "Agree a safety plan for family time with mother.",
                "Help the young person apply for discretionary housing payment."});
}
