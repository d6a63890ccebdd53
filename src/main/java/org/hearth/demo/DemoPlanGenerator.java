package org.hearth.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.hearth.actionplans.ActionOwnerRole;
import org.hearth.actionplans.ActionStatus;
import org.hearth.actionplans.NewActionPlan;
import org.hearth.pathwayplans.NewPathwayPlan;
import org.hearth.pathwayplans.PlanActionStatus;
import org.hearth.pathwayplans.PlanSection;
import org.hearth.pathwayplans.PlanStatus;

/**
 * Makes the demo council's pathway plans and action plans (issue 6) for its young people aged 16 to 24: a signed-off
 * pathway plan for about {@link #SIGNED_OFF_PERCENT}% of them (signed off over the last 8 months, so that some are
 * overdue for review), a review awaiting sign-off for some, and an action plan for about {@link #ACTION_PLAN_PERCENT}%
 * (some with overdue actions, some without recent progress, some not yet agreed by a manager). Plans are written by
 * the young person's allocated worker (demo-worker and demo-pa among them) and signed off by their team's manager
 * (demo-manager for the first team).
 * <p>
 * Its own seeded {@link Random}, so that the children, activity and supervision come out as before.
 */
public final class DemoPlanGenerator {

    static final int SIGNED_OFF_PERCENT = 85;
    static final int REVIEW_AWAITING_PERCENT = 12;
    static final int ACTION_PLAN_PERCENT = 25;
    /** The statutory review interval (CPPCR reg 42-43), as the default local setting. */
    static final Period REVIEW = Period.ofMonths(6);

    private static final String[][] SECTION_TEXT = {
        {"Needs a settled home as she moves towards independence.", "Gets on well with her carers.",
            "Move to semi-independent accommodation by 18 with support in place."},
        {"Studying at college; attendance has dipped this term.", "Enjoys the practical parts of the course.",
            "Finish the level 2 course and look at an apprenticeship."},
        {"Registered with a GP and dentist; asked for help with sleep.", "Attends appointments when reminded.",
            "Book her own appointments and know where to get support."},
        {"Has a bank account; little experience of budgeting.", "Saves part of her allowance.",
            "Manage a weekly budget and know about her leaving care grant."},
        {"Wants more contact with her brother and her nan.", "Keeps in touch with a school friend.",
            "Regular contact with her brother that she arranges herself."},
        {"Interested in her family history and heritage.", "Proud of her culture and language.",
            "Life story work completed and her documents (passport, birth certificate) in her hands."},
        {"Can cook a few meals; has not used a launderette or paid bills.", "Helps with shopping at home.",
            "Cook, shop and pay bills on her own before she moves."},
        {"If the move falls through she stays with her carers (Staying Put).", "Carers willing to help.",
            "A plan B everyone knows about, and the emergency duty team number."}
    };
    private static final String[] PURPOSES = {"Getting back into education or training", "Finding stable accommodation",
        "Support with money and debts", "Support with emotional wellbeing", "Preparing to live independently",
        "Reconnecting with family"};
    private static final String[] ACTIONS = {"Book an appointment with the careers adviser",
        "Visit two supported lodgings with the young person", "Apply for the bursary", "Go with her to the GP",
        "Set up a budgeting session", "Contact housing options about the waiting list",
        "Refer to the youth counselling service", "Arrange a meeting with her college tutor"};
    private static final String[] PARTNERS = {"Bedford College", "Housing Options", "Youth Support Service",
        "Jobcentre Plus", "CAMHS"};

    private final Random random;
    private final LocalDate today;

    public DemoPlanGenerator(long seed, LocalDate today) {
        this.random = new Random(seed * 53 + 29);
        this.today = today;
    }

    /** What one call makes. */
    public record Plans(List<NewPathwayPlan> pathwayPlans, List<NewActionPlan> actionPlans) {
    }

    /** @param managerOfTeam each team's manager, who signs plans off */
    public Plans ofChildren(List<DemoSupervisionGenerator.CaseChild> children, Map<UUID, UUID> managerOfTeam) {
        List<NewPathwayPlan> pathway = new ArrayList<>();
        List<NewActionPlan> action = new ArrayList<>();
        for (DemoSupervisionGenerator.CaseChild child : children) {
            long age = ChronoUnit.YEARS.between(child.born(), today);
            UUID manager = managerOfTeam.get(child.teamId());
            if (age < 16 || age >= 25 || manager == null || child.workerId() == null) {
                continue;
            }
            LocalDate sixteen = child.born().plusYears(16);
            if (random.nextInt(100) < SIGNED_OFF_PERCENT) {
                // signed off up to 8 months ago, never before 16: about a quarter are past their 6-month review
                LocalDate signedOff = DemoChoices.max(today.minusDays(random.nextInt(240)), sixteen.plusWeeks(4));
                if (signedOff.isAfter(today)) {
                    signedOff = today;
                }
                LocalDate started = signedOff.minusDays(7 + random.nextInt(21));
                pathway.add(new NewPathwayPlan(child.id(), PlanStatus.SIGNED_OFF, child.workerId(), started,
                        "I want to stay near my friends and get a job I like.", sections(started), manager,
                        signedOff, "A clear plan written with the young person; agreed.", signedOff.plus(REVIEW)));
                if (random.nextInt(100) < REVIEW_AWAITING_PERCENT) {
                    LocalDate reviewStarted = DemoChoices.max(signedOff.plusDays(1), today.minusDays(random.nextInt(20)));
                    if (!reviewStarted.isAfter(today)) {
                        pathway.add(new NewPathwayPlan(child.id(), PlanStatus.AWAITING_SIGN_OFF, child.workerId(),
                                reviewStarted, "Things are going better at college.", sections(reviewStarted), null,
                                null, null, null));
                    }
                }
            } else if (random.nextInt(100) < 40 && !sixteen.isAfter(today)) {
                // a first plan written and waiting for a manager
                LocalDate started = DemoChoices.max(sixteen, today.minusDays(random.nextInt(30)));
                pathway.add(new NewPathwayPlan(child.id(), PlanStatus.AWAITING_SIGN_OFF, child.workerId(), started,
                        "I'd like to learn to drive.", sections(started), null, null, null, null));
            }
            if (random.nextInt(100) < ACTION_PLAN_PERCENT) {
                action.add(actionPlan(child, manager));
            }
        }
        return new Plans(pathway, action);
    }

    private Map<PlanSection, NewPathwayPlan.Section> sections(LocalDate started) {
        Map<PlanSection, NewPathwayPlan.Section> sections = new EnumMap<>(PlanSection.class);
        for (PlanSection section : PlanSection.values()) {
            String[] text = SECTION_TEXT[section.ordinal()];
            List<NewPathwayPlan.Action> actions = new ArrayList<>();
            if (random.nextInt(100) < 60) {
                LocalDate target = started.plusDays(14 + random.nextInt(150));
                PlanActionStatus status = target.isBefore(today) && random.nextBoolean() ? PlanActionStatus.DONE
                        : PlanActionStatus.NOT_STARTED;
                actions.add(new NewPathwayPlan.Action(ACTIONS[random.nextInt(ACTIONS.length)], null,
                        "The young person with their personal adviser", target, status));
            }
            sections.put(section, new NewPathwayPlan.Section(text[0], text[1], text[2], actions));
        }
        return sections;
    }

    private NewActionPlan actionPlan(DemoSupervisionGenerator.CaseChild child, UUID manager) {
        LocalDate started = today.minusDays(14 + random.nextInt(110));
        List<NewActionPlan.Action> actions = new ArrayList<>();
        for (int n = 2 + random.nextInt(3); n > 0; n--) {
            LocalDate due = started.plusDays(7 + random.nextInt(90));
            ActionOwnerRole role = ActionOwnerRole.values()[random.nextInt(ActionOwnerRole.values().length)];
            String owner = role == ActionOwnerRole.PARTNER ? PARTNERS[random.nextInt(PARTNERS.length)]
                    : SyntheticNamesForPlans.name(random);
            // most actions past their date are done; about a third are left open, so overdue
            ActionStatus status = due.isBefore(today) ? (random.nextInt(100) < 65 ? ActionStatus.DONE
                    : ActionStatus.IN_PROGRESS) : (random.nextBoolean() ? ActionStatus.IN_PROGRESS
                            : ActionStatus.NOT_STARTED);
            actions.add(new NewActionPlan.Action(ACTIONS[random.nextInt(ACTIONS.length)], role, owner, due, status));
        }
        List<NewActionPlan.Note> progress = new ArrayList<>();
        // some plans have no progress for longer than the local 4 weeks
        LocalDate last = started;
        for (int n = random.nextInt(4); n > 0; n--) {
            last = last.plusDays(7 + random.nextInt(21));
            if (last.isAfter(today)) {
                break;
            }
            progress.add(new NewActionPlan.Note(last, "Met with the young person and the youth support worker; "
                    + "went through the actions together.", child.workerId()));
        }
        boolean agreed = random.nextInt(100) < 80;
        LocalDate agreedOn = agreed ? DemoChoices.min(today, started.plusDays(random.nextInt(14))) : null;
        return new NewActionPlan(child.id(), PURPOSES[random.nextInt(PURPOSES.length)], started, child.workerId(),
                agreed ? manager : null, agreedOn, actions, progress, null, null);
    }

    /** Youth support workers and key workers named in actions: a short list is enough for the demo. */
    private static final class SyntheticNamesForPlans {
        private static final String[] NAMES = {"Sam Ahmed", "Jo Clarke", "Kerry Walsh", "Dev Patel", "Alex Morgan",
            "Chris Osei"};

        static String name(Random random) {
            return NAMES[random.nextInt(NAMES.length)];
        }
    }
}
