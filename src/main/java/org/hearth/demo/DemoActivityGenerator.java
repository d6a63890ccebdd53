package org.hearth.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.hearth.children.ChildHistory;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.NewActivity;

/**
 * Makes the statutory activity of the demo children over the last {@link #WINDOW_MONTHS} months: visits, reviews,
 * health, dental, immunisations, development checks, SDQs, substance misuse, PEPs and care plans for children in care;
 * needs assessments, pathway plans and personal adviser contacts for those 16 and over and care leavers. Mostly on
 * time by the statutory timescales (../shared/docs/domain.md), with about {@link #LATE_PERCENT}% of children left with
 * a visit (or, for care leavers, a PA contact) or review gap beyond the timescale, so that the drift engine has drift
 * to find.
 * <p>
 * It has its own seeded {@link Random}, used child by child in the order given, so that the children themselves come
 * out exactly as before activity was added, and the same seed and day always give the same activity.
 */
public final class DemoActivityGenerator {

    /** How far back recurring activity goes: every timescale is a year or less, and it keeps the stress load quick. */
    static final int WINDOW_MONTHS = 12;
    static final int LATE_PERCENT = 15;

    private final Random random;
    /** Convictions and cautions: a stream of their own, so that the other activity comes out as before they were. */
    private final Random youthJustice;
    private final LocalDate today;
    private final LocalDate windowStart;

    public DemoActivityGenerator(long seed, LocalDate today) {
        // a stream of its own, apart from the one the children were made with
        this.random = new Random(seed * 31 + 5);
        this.youthJustice = new Random(seed * 37 + 11);
        this.today = today;
        this.windowStart = today.minusMonths(WINDOW_MONTHS);
    }

    /** @param childIds the ids the children were given when loaded, in the same order as {@code histories} */
    public List<NewActivity> activitiesOf(List<ChildHistory> histories, List<UUID> childIds) {
        List<NewActivity> activities = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            new Child(histories.get(i), childIds.get(i), activities).generate();
        }
        return activities;
    }

    /** One child's activity, written into the shared list. */
    private final class Child {
        private final UUID id;
        private final LocalDate born;
        private final LocalDate periodStart;
        private final LocalDate careEnded;
        private final List<NewActivity> out;

        Child(ChildHistory history, UUID id, List<NewActivity> out) {
            this.id = id;
            this.born = history.child().dateOfBirth();
            this.out = out;
            LocalDate start = null;
            LocalDate ended = null;
            for (EpisodeCommand command : history.commands()) {
                if (command.type() == EpisodeCommandType.START_CARE) {
                    start = command.date();
                    ended = null;
                } else if (command.type() == EpisodeCommandType.END_CARE) {
                    ended = command.date();
                }
            }
            this.periodStart = start;
            this.careEnded = ended;
        }

        void generate() {
            if (periodStart == null) {
                return;
            }
            boolean late = random.nextInt(100) < LATE_PERCENT;
            if (careEnded == null) {
                inCare(late);
            } else {
                careLeaver(late);
            }
        }

        private void inCare(boolean late) {
            // a late child has gone too long without a visit (two in three) or without a review
            boolean lateVisit = late && random.nextInt(3) < 2;
            boolean lateReview = late && !lateVisit;
            LocalDate stopVisits = lateVisit ? today.minusDays(50 + random.nextInt(70)) : today;
            LocalDate visit = periodStart.plusDays(1 + random.nextInt(6));
            while (!visit.isAfter(stopVisits)) {
                visit(visit);
                // reg 28: at most 6 weeks apart (the 3-monthly visits some settled placements allow are not used,
                // so that every gap beyond 6 weeks is drift)
                visit = visit.plusDays(25 + random.nextInt(17));
            }
            // reg 33: first review within 20 working days, the second 3 months later, then 6-monthly
            LocalDate review = periodStart.plusDays(14 + random.nextInt(14));
            List<LocalDate> reviews = new ArrayList<>();
            while (!review.isAfter(today)) {
                reviews.add(review);
                review = reviews.size() == 1 ? review.plusDays(80 + random.nextInt(10))
                        : review.plusDays(160 + random.nextInt(20));
            }
            if (lateReview && !reviews.isEmpty() && ChronoUnit.DAYS.between(periodStart, today) > 240) {
                reviews.remove(reviews.size() - 1);
                while (!reviews.isEmpty() && ChronoUnit.DAYS.between(reviews.get(reviews.size() - 1), today) < 200) {
                    reviews.remove(reviews.size() - 1);
                }
            }
            for (LocalDate date : reviews) {
                review(date);
                add(ActivityKind.CARE_PLAN, date, Map.of("type", date.equals(reviews.get(0)) ? "INITIAL" : "REVIEW"));
            }
            health();
            youthJustice();
            education();
            if (ageOn(today) >= 16) {
                pathwayPlanning(born.plusYears(16));
            }
        }

        private void careLeaver(boolean late) {
            pathwayPlanning(born.plusYears(16));
            // CLR reg 8: PA contact at most 2 months apart; a late young person has not been contacted for longer
            LocalDate stop = late ? today.minusDays(75 + random.nextInt(60)) : today;
            LocalDate contact = careEnded.plusDays(1 + random.nextInt(6));
            while (!contact.isAfter(stop)) {
                add(ActivityKind.PERSONAL_ADVISER_CONTACT, contact, Map.of("method",
                        pick("IN_PERSON", 60, "PHONE", 25, "VIDEO", 5, "MESSAGE", 10)));
                contact = contact.plusDays(21 + random.nextInt(35));
            }
            LocalDate review = careEnded.plusDays(random.nextInt(30));
            while (!review.isAfter(today)) {
                add(ActivityKind.PATHWAY_PLAN_REVIEW, review, Map.of("type", "REVIEW"));
                review = review.plusDays(150 + random.nextInt(30));
            }
        }

        /** CPPCR reg 42-43: needs assessment and pathway plan within 3 months of the 16th birthday. */
        private void pathwayPlanning(LocalDate sixteenth) {
            LocalDate assessed = DemoChoices.max(sixteenth, periodStart).plusDays(random.nextInt(80));
            if (assessed.isAfter(today)) {
                return;
            }
            add(ActivityKind.NEEDS_ASSESSMENT, assessed, Map.of());
            LocalDate plan = DemoChoices.min(assessed.plusDays(random.nextInt(14)), today);
            add(ActivityKind.PATHWAY_PLAN_REVIEW, plan, Map.of("type", "INITIAL"));
            if (careEnded == null) {
                LocalDate review = plan.plusDays(150 + random.nextInt(30));
                while (!review.isAfter(today)) {
                    add(ActivityKind.PATHWAY_PLAN_REVIEW, review, Map.of("type", "REVIEW"));
                    review = review.plusDays(150 + random.nextInt(30));
                }
            }
        }

        private void visit(LocalDate date) {
            int roll = random.nextInt(100);
            String where = pick("PLACEMENT", 75, "SCHOOL", 10, "COMMUNITY", 8, "FAMILY_HOME", 4, "OFFICE", 3);
            if (roll < 4) {
                add(ActivityKind.VISIT, date, Map.of("seen", "NOT_SEEN", "location", where, "notSeenReason",
                        pick("Out with friends", 50, "Unwell and asleep", 30, "Refused to see me", 20)));
            } else {
                boolean alone = ageOn(date) >= 4 && roll < 80;
                add(ActivityKind.VISIT, date, Map.of("seen", alone ? "SEEN_ALONE" : "SEEN", "location", where));
            }
        }

        /** 903 REVIEW_CODE: PN0 under 4 (rules 440, 441); most older children attend and speak for themselves. */
        private void review(LocalDate date) {
            String participation = ageOn(date) < 4 ? "PN0"
                    : pick("PN1", 55, "PN2", 10, "PN3", 3, "PN4", 5, "PN5", 12, "PN6", 10, "PN7", 5);
            add(ActivityKind.REVIEW, date, Map.of("participation", participation, "chair",
                    pick("Sam Whitfield", 40, "Priya Nair", 35, "Tom Ellery", 25)));
        }

        /** Initial health assessment then reviews 6-monthly under 5, yearly from 5 (CPPCR reg 7); dental, SDQ. */
        private void health() {
            LocalDate assessment = periodStart.plusDays(10 + random.nextInt(15));
            boolean first = true;
            while (!assessment.isAfter(today)) {
                add(ActivityKind.HEALTH_ASSESSMENT, assessment, Map.of("type", first ? "INITIAL" : "REVIEW"));
                first = false;
                assessment = assessment.plusDays(ageOn(assessment) < 5 ? 170 + random.nextInt(20)
                        : 340 + random.nextInt(40));
            }
            LocalDate yearly = DemoChoices.max(periodStart, windowStart).plusDays(random.nextInt(120));
            if (yearly.isAfter(today)) {
                return;
            }
            int age = ageOn(yearly);
            if (age >= 1 && random.nextInt(100) < 85) {
                add(ActivityKind.DENTAL_CHECK, yearly, Map.of());
            }
            add(ActivityKind.IMMUNISATIONS, yearly, Map.of("upToDate", random.nextInt(100) < 88 ? "true" : "false"));
            if (age < 5) {
                add(ActivityKind.DEVELOPMENT_CHECK, yearly, Map.of("upToDate",
                        random.nextInt(100) < 88 ? "true" : "false"));
            }
            if (age >= 4 && age <= 16) {
                if (random.nextInt(100) < 90) {
                    // lower is better; the England average is about 14
                    int score = Math.min(40, Math.max(0, 14 + (int) Math.round(random.nextGaussian() * 6)));
                    add(ActivityKind.SDQ, yearly, Map.of("score", String.valueOf(score), "informant", "CARER"));
                } else {
                    add(ActivityKind.SDQ, yearly, Map.of("reasonNoScore", pick("SDQ2", 40, "SDQ4", 40, "SDQ5", 20)));
                }
            }
            if (age >= 12) {
                boolean problem = random.nextInt(100) < 6;
                add(ActivityKind.SUBSTANCE_MISUSE, yearly, !problem ? Map.of("problemIdentified", "false")
                        : random.nextBoolean() ? Map.of("problemIdentified", "true", "interventionReceived", "true")
                        : Map.of("problemIdentified", "true", "interventionReceived", "false",
                                "interventionOffered", "true"));
            }
        }

        /**
         * About 1 in 20 children in care aged 10 or over (the age of criminal responsibility) has a conviction, youth
         * caution or youth conditional caution in the last year (903 OC2 CONVICTED; England's figure is about 2%:
         * more here so that the demo shows some).
         */
        private void youthJustice() {
            LocalDate from = DemoChoices.max(DemoChoices.max(periodStart, windowStart), born.plusYears(10));
            if (from.isAfter(today) || youthJustice.nextInt(100) >= 5) {
                return;
            }
            LocalDate date = from.plusDays(youthJustice.nextInt((int) ChronoUnit.DAYS.between(from, today) + 1));
            int roll = youthJustice.nextInt(100);
            add(ActivityKind.YOUTH_JUSTICE_OUTCOME, date, Map.of("outcome", roll < 45 ? "YOUTH_CAUTION"
                    : roll < 75 ? "YOUTH_CONDITIONAL_CAUTION" : "CONVICTION"));
        }

        /** PEP started within 10 working days, then reviewed each school term. */
        private void education() {
            LocalDate pep = periodStart.plusDays(5 + random.nextInt(9));
            boolean first = true;
            while (!pep.isAfter(today)) {
                int age = ageOn(pep);
                if (age >= 4 && age < 18) {
                    add(ActivityKind.PERSONAL_EDUCATION_PLAN, pep, Map.of("stage", first ? "STARTED" : "REVIEWED"));
                    first = false;
                }
                pep = pep.plusDays(100 + random.nextInt(30));
            }
        }

        /** Recurring activity is kept only within the window; one-off planning at 16 always. */
        private void add(ActivityKind kind, LocalDate date, Map<String, String> details) {
            boolean oneOff = kind == ActivityKind.NEEDS_ASSESSMENT
                    || kind == ActivityKind.PATHWAY_PLAN_REVIEW && "INITIAL".equals(details.get("type"));
            if (date.isAfter(today) || date.isBefore(born) || !oneOff && date.isBefore(windowStart)) {
                return;
            }
            out.add(new NewActivity(id, born, kind, date, details));
        }

        private int ageOn(LocalDate date) {
            return Period.between(born, date).getYears();
        }
    }

    /** One of the values, by weight: pick("A", 70, "B", 30). */
    private String pick(Object... valuesAndWeights) {
        return DemoChoices.pick(random, valuesAndWeights);
    }

}
