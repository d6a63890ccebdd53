package org.hearth.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.hearth.calendar.BankHolidayCalendar;
import org.hearth.children.ChildHistory;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.missing.AgeAssessmentStatus;
import org.hearth.missing.InterviewResponse;
import org.hearth.missing.MissingPatterns;
import org.hearth.missing.MissingType;
import org.hearth.missing.NewAgeAssessment;
import org.hearth.missing.NewMissingEpisode;
import org.hearth.missing.NewNationalTransfer;
import org.hearth.missing.NewStrategyDiscussion;
import org.hearth.missing.RiskLevel;
import org.hearth.missing.StepOutcome;
import org.hearth.missing.TraffickingStep;
import org.hearth.missing.TransferOutcome;

/**
 * Makes the demo council's missing episodes (issue 7) over the last year for the children in care: in England about
 * 11-12% of looked-after children go missing in a year, nearly all of them 11 or older, and repeat episodes are common
 * (about 84,000 incidents in 2024: several per child who goes missing; domain.md). So: about
 * {@link #MISSING_PERCENT_11_PLUS}% of children in care aged 11 or more (more of the unaccompanied), each with one to
 * a couple of dozen episodes, some in clusters that prompt a strategy discussion; a few still missing now. Return home
 * interviews mostly offered within 72 hours and held, some late, some declined, some not offered. Unaccompanied
 * children's episodes carry the trafficking protocol steps, mostly done on time, some left open.
 * <p>
 * {@link #all} adds what a council records around them: when a child's episodes fire the local strategy discussion
 * trigger, a discussion mostly held within the due period, some late, a few still outstanding; and for unaccompanied
 * children an age assessment status for most and, for some, a National Transfer Scheme referral with its outcome.
 * <p>
 * Its own seeded {@link Random}s (one for the episodes, one for what goes with them), so that everything generated
 * before comes out as before.
 */
public final class DemoMissingGenerator {

    static final int MISSING_PERCENT_11_PLUS = 20;
    static final int MISSING_PERCENT_UASC = 30;
    static final int MISSING_PERCENT_UNDER_11 = 1;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The default local protocol hours (PolicyCatalogue), as a fresh database has them. */
    private static final int[] STEP_HOURS = {1, 2, 24, 24, 48};

    private static final String[] WHERE_FOUND = {"Returned to the placement on their own", "Found by police in Luton town "
            + "centre", "At a friend's house in Dunstable", "With their mother", "At a known address in Bedford",
        "Found by police at Leighton Buzzard station", "Returned with a friend's parent", "At an older boyfriend's flat",
        "In a park near the placement", "Found by police in London"};
    private static final String[] PUSH = {"Arguments with the carers about curfew", "Feels the placement is too far "
            + "from friends", "Bored at the placement", "Upset after contact with family", "Does not get on with "
            + "another young person in the home"};
    private static final String[] PULL = {"Wanted to see friends in Luton", "Spending time with an older boyfriend",
        "Wanted to see mum", "Went to a party", "Older young people offered money and cannabis"};
    private static final String[] ACTIONS = {"Safety plan reviewed with the carers", "Curfew agreed with the young "
            + "person", "Shared with the police missing person coordinator", "Exploitation screening to be "
            + "completed", "Contact arrangements to be discussed at the review"};
    private static final String[] INTERVIEWERS = {"Sam Ahmed, Barnardo's (independent)", "Priya Shah, Catch22 "
            + "(independent)", "Tom Ellis, Youth Support Service (independent)"};
    private static final String[] NOT_INDEPENDENT = {"The allocated social worker", "The residential key worker"};

    /** Strategy discussions: held within the due period, late (still held), or not held yet (the rest). */
    static final int DISCUSSION_ON_TIME_PERCENT = 83;
    static final int DISCUSSION_LATE_PERCENT = 7;
    /** Unaccompanied children in care: with an age assessment recorded, and referred under the NTS. */
    static final int AGE_ASSESSMENT_PERCENT = 94;
    static final int NTS_PERCENT = 35;
    /** NTS transfers completed within the protocol's working days (the rest a few days late). */
    static final int NTS_ON_TIME_PERCENT = 85;

    private static final String[] CHAIRS = {"Team manager (chair)", "Service manager, children in care (chair)"};
    private static final String[] OTHERS = {"police missing person coordinator (Bedfordshire Police)",
        "residential key worker", "foster carer", "supervising social worker", "designated safeguarding lead at "
            + "school", "exploitation lead (Youth Offending Service)", "school nurse", "independent reviewing officer"};
    private static final String[] DECISIONS = {"Risk of exploitation assessed as significant: exploitation "
            + "screening to be completed and the child referred to MACE", "Pattern linked to contact with an older "
            + "peer group in Luton; disruption plan agreed with the police", "Risk assessed as medium: the safety "
            + "plan is enough, with the carers reporting missing after one hour", "Placement stability at risk: "
            + "placement support meeting to be held; no move for now", "Episodes follow family contact: contact "
            + "plan to be reviewed with the child and family", "Return home interviews show the same addresses: "
            + "police to visit and flag the addresses"};
    private static final String[] NEXT_STEPS = {"Social worker to update the safety plan within five working days; "
            + "review at the next looked after review", "Police to share intelligence on the addresses; team manager "
            + "to review in four weeks", "Carers to keep a missing log; strategy discussion reconvened if the child "
            + "goes missing again", "Independent return interviewer to see the child after every episode; findings "
            + "to the social worker"};
    private static final String[] UASC_AUTHORITIES = {"Kent County Council", "Portsmouth City Council",
        "London Borough of Croydon", "Dover District (Kent County Council)", "Brighton and Hove City Council"};
    private static final String[] HOTELS = {"Home Office hotel, Hove", "Home Office hotel, Kent",
        "Home Office hotel, Brighton"};
    private static final String[] NOT_TRANSFERRED = {"Transfer stopped: the young person's older brother lives "
            + "locally and staying is in their best interests", "Transfer stopped: treatment with the local CAMHS "
            + "team started and a move would disrupt it", "No receiving authority found within the timescale; "
            + "the council accepted responsibility", "Referral withdrawn: the young person's age is disputed and "
            + "the assessment is not complete"};

    private final Random random;
    private final Random more;
    private final LocalDate today;
    private final Instant now;

    public DemoMissingGenerator(long seed, LocalDate today) {
        this.random = new Random(seed * 61 + 17);
        this.more = new Random(seed * 67 + 29);
        this.today = today;
        // the demo's "now": the start of today, so that nothing generated is in the future whenever it loads
        this.now = today.atStartOfDay(LONDON).toInstant();
    }

    /** A child in care as this generator needs them. */
    public record MissingChild(UUID id, LocalDate born, boolean uasc, LocalDate inCareSince) {
    }

    /**
     * The council's settings the strategy discussions and transfers keep to, as the database has them today.
     *
     * @param discussionEpisodes policy {@code missing.strategy-discussion.episodes}
     * @param discussionWithin policy {@code missing.strategy-discussion.within}
     * @param discussionDueWithin policy {@code missing.strategy-discussion.due-within} (working days)
     * @param ntsWithin policy {@code uasc.nts.transfer-within} (working days)
     * @param ntsFromHotelWithin policy {@code uasc.nts.transfer-from-hotel-within} (working days)
     */
    public record Rules(int discussionEpisodes, Period discussionWithin, int discussionDueWithin, int ntsWithin,
            int ntsFromHotelWithin, BankHolidayCalendar calendar) {
    }

    /** Everything this generator makes, for one bulk load. */
    public record Missing(List<NewMissingEpisode> episodes, List<NewStrategyDiscussion> discussions,
            List<NewAgeAssessment> ageAssessments, List<NewNationalTransfer> transfers) {
    }

    /** The children of a batch who are in care now, with the id each was given ({@code childIds} in the same order). */
    public static List<MissingChild> children(List<ChildHistory> histories, List<UUID> childIds) {
        List<MissingChild> children = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            LocalDate start = null;
            boolean inCare = false;
            for (EpisodeCommand command : histories.get(i).commands()) {
                if (command.type() == EpisodeCommandType.START_CARE) {
                    start = command.date();
                    inCare = true;
                } else if (command.type() == EpisodeCommandType.END_CARE) {
                    inCare = false;
                }
            }
            if (inCare) {
                var child = histories.get(i).child();
                children.add(new MissingChild(childIds.get(i), child.dateOfBirth(),
                        child.uasc() && child.uascCeasedOn() == null, start));
            }
        }
        return children;
    }

    /** The episodes ({@link #of}), then the strategy discussions and the unaccompanied children's decisions. */
    public Missing all(List<MissingChild> children, Rules rules, String council) {
        List<NewMissingEpisode> episodes = of(children);
        List<NewAgeAssessment> ages = new ArrayList<>();
        List<NewNationalTransfer> transfers = new ArrayList<>();
        for (MissingChild child : children) {
            if (child.uasc()) {
                ageAssessment(child).ifPresent(ages::add);
                transfer(child, rules, council).ifPresent(transfers::add);
            }
        }
        return new Missing(episodes, discussions(episodes, rules), ages, transfers);
    }

    /**
     * Strategy discussions that answer the module's own trigger ({@link MissingPatterns#strategyTrigger}): each time a
     * child's episodes fire it, most are discussed within the due working days (on a working day from the day it
     * fired), some late, a few not yet. A discussion answers every episode up to its day, so a later cluster fires
     * again and gets its own; one left outstanding stays the child's prompt.
     */
    List<NewStrategyDiscussion> discussions(List<NewMissingEpisode> episodes, Rules rules) {
        Map<UUID, List<NewMissingEpisode>> byChild = new java.util.LinkedHashMap<>();
        episodes.forEach(e -> byChild.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(e));
        List<NewStrategyDiscussion> result = new ArrayList<>();
        byChild.forEach((child, list) -> {
            List<Instant> starts = list.stream().map(NewMissingEpisode::startedAt).toList();
            boolean uasc = list.get(0).uasc();
            LocalDate last = null;
            while (true) {
                Instant fired = MissingPatterns.strategyTrigger(starts, last, rules.discussionEpisodes(),
                        rules.discussionWithin()).orElse(null);
                if (fired == null) {
                    break;
                }
                LocalDate firedOn = fired.atZone(LONDON).toLocalDate();
                LocalDate due = rules.calendar().after(firedOn, rules.discussionDueWithin()).date();
                int r = more.nextInt(100);
                LocalDate held = r < DISCUSSION_ON_TIME_PERCENT
                        // mostly the next working day or two; a few on the day it fired
                        ? rules.calendar().after(firedOn, more.nextInt(100) < 15 ? 0
                                : 1 + more.nextInt(Math.max(1, rules.discussionDueWithin()))).date()
                        : r < DISCUSSION_ON_TIME_PERCENT + DISCUSSION_LATE_PERCENT
                                ? rules.calendar().after(due, 1 + more.nextInt(10)).date() : null;
                if (held != null && held.isAfter(due) && held.isAfter(today)) {
                    held = null; // late and not held yet: overdue now
                }
                if (held != null && held.isAfter(today)) {
                    held = null; // fired in the last few days: due, not yet held
                }
                if (held == null) {
                    break;
                }
                result.add(discussion(child, held, uasc));
                last = held;
            }
        });
        return result;
    }

    private NewStrategyDiscussion discussion(UUID child, LocalDate held, boolean uasc) {
        List<String> attendees = new ArrayList<>(List.of(pick(CHAIRS, more), "allocated social worker"));
        int others = 1 + more.nextInt(3);
        while (attendees.size() < 2 + others) {
            String other = pick(OTHERS, more);
            if (!attendees.contains(other)) {
                attendees.add(other);
            }
        }
        if (uasc) {
            attendees.add("Independent Child Trafficking Guardian");
        }
        String decision = pick(DECISIONS, more) + (uasc ? "; trafficking indicators reviewed and the National "
                + "Referral Mechanism decision confirmed" : "");
        return new NewStrategyDiscussion(child, held, String.join(", ", attendees), decision,
                more.nextInt(100) < 90 ? pick(NEXT_STEPS, more) : null);
    }

    /**
     * An unaccompanied child's age assessment: for most, not needed or completed with the age accepted, a few
     * disputed; planned or in progress mostly for children who arrived in the last few months.
     */
    private java.util.Optional<NewAgeAssessment> ageAssessment(MissingChild child) {
        if (more.nextInt(100) >= AGE_ASSESSMENT_PERCENT) {
            return java.util.Optional.empty();
        }
        long inCare = Math.max(1, ChronoUnit.DAYS.between(child.inCareSince(), today));
        boolean recent = inCare < 120;
        int r = more.nextInt(100);
        AgeAssessmentStatus status = recent
                ? (r < 30 ? AgeAssessmentStatus.PLANNED : r < 60 ? AgeAssessmentStatus.IN_PROGRESS
                        : r < 80 ? AgeAssessmentStatus.NOT_NEEDED : r < 95 ? AgeAssessmentStatus.AGE_ACCEPTED
                                : AgeAssessmentStatus.AGE_DISPUTED)
                : (r < 33 ? AgeAssessmentStatus.NOT_NEEDED : r < 83 ? AgeAssessmentStatus.AGE_ACCEPTED
                        : r < 91 ? AgeAssessmentStatus.AGE_DISPUTED : r < 96 ? AgeAssessmentStatus.IN_PROGRESS
                                : AgeAssessmentStatus.PLANNED);
        // a Merton-compliant assessment usually finishes within a few weeks to three months of arrival
        LocalDate settled = child.inCareSince().plusDays(Math.min(inCare - 1, 14 + more.nextInt(76)));
        return java.util.Optional.of(switch (status) {
            case NOT_NEEDED -> new NewAgeAssessment(child.id(), status, child.inCareSince().plusDays(
                    Math.min(inCare - 1, more.nextInt(10))), more.nextBoolean() ? "Age not in doubt: passport "
                            + "seen and copied" : "Age not in doubt: the Home Office accepted the claimed age");
            case PLANNED -> new NewAgeAssessment(child.id(), status, today.plusDays(7 + more.nextInt(28)),
                    "Merton-compliant assessment booked with two qualified social workers; interpreter and "
                            + "appropriate adult arranged");
            case IN_PROGRESS -> new NewAgeAssessment(child.id(), status, recent ? settled
                    : today.minusDays(1 + more.nextInt(45)), "First two sessions held; interpreter present");
            case AGE_ACCEPTED -> new NewAgeAssessment(child.id(), status, settled, "Merton-compliant assessment: "
                    + "the claimed age and date of birth are accepted");
            case AGE_DISPUTED -> new NewAgeAssessment(child.id(), status, settled, "Merton-compliant assessment: "
                    + "assessed as older than claimed but under 18; date of birth to be changed, and the young "
                    + "person is challenging the outcome");
        });
    }

    /**
     * A National Transfer Scheme referral for some unaccompanied children: most came to this council by transfer (from
     * an entry authority, or a Home Office hotel with the shorter timescale), the transfer date their day into care and
     * mostly within the protocol's working days of referral; the rest were referred on by this council and not
     * transferred, with the reason. Only for children who came into care since the scheme began (2016), and in the
     * last four years.
     */
    private java.util.Optional<NewNationalTransfer> transfer(MissingChild child, Rules rules, String council) {
        if (more.nextInt(100) >= NTS_PERCENT || child.inCareSince().isBefore(today.minusYears(4))) {
            return java.util.Optional.empty();
        }
        if (more.nextInt(100) < 70) {
            boolean hotel = more.nextInt(100) < 35;
            int limit = hotel ? rules.ntsFromHotelWithin() : rules.ntsWithin();
            int days = more.nextInt(100) < NTS_ON_TIME_PERCENT ? 1 + more.nextInt(limit) : limit + 1 + more.nextInt(8);
            LocalDate referred = workingDaysBefore(child.inCareSince(), days, rules.calendar());
            return java.util.Optional.of(new NewNationalTransfer(child.id(), referred, hotel, hotel
                    ? pick(HOTELS, more) : pick(UASC_AUTHORITIES, more), council, TransferOutcome.TRANSFERRED,
                    child.inCareSince(), null));
        }
        LocalDate referred = child.inCareSince().plusDays(1 + more.nextInt(20));
        LocalDate stopped = rules.calendar().after(referred, 2 + more.nextInt(rules.ntsWithin())).date();
        if (stopped.isAfter(today)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new NewNationalTransfer(child.id(), referred, false, council, null,
                TransferOutcome.NOT_TRANSFERRED, stopped, pick(NOT_TRANSFERRED, more)));
    }

    /** The day {@code days} working days before {@code date}, so that {@code date} is at most that many after it. */
    private static LocalDate workingDaysBefore(LocalDate date, int days, BankHolidayCalendar calendar) {
        LocalDate day = date;
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public List<NewMissingEpisode> of(List<MissingChild> children) {
        List<NewMissingEpisode> episodes = new ArrayList<>();
        for (MissingChild child : children) {
            long age = ChronoUnit.YEARS.between(child.born(), today);
            int percent = child.uasc() ? MISSING_PERCENT_UASC : age >= 11 ? MISSING_PERCENT_11_PLUS
                    : MISSING_PERCENT_UNDER_11;
            if (age < 8 || random.nextInt(100) >= percent) {
                continue;
            }
            LocalDate from = child.inCareSince().isAfter(today.minusYears(1)) ? child.inCareSince()
                    : today.minusYears(1);
            long days = ChronoUnit.DAYS.between(from, today);
            if (days < 2) {
                continue;
            }
            episodes.addAll(episodesOf(child, from, days));
        }
        return episodes;
    }

    private List<NewMissingEpisode> episodesOf(MissingChild child, LocalDate from, long days) {
        // repeat episodes are common: a long tail up to two dozen
        int count = 1 + (int) Math.min(23, Math.floor(-Math.log(1 - random.nextDouble()) * 3));
        List<Instant> starts = new ArrayList<>();
        boolean cluster = count >= 3 && random.nextInt(100) < 40;
        long clusterStart = (long) (random.nextDouble() * Math.max(1, days - 30));
        for (int i = 0; i < count; i++) {
            long day = cluster && i < 3 ? clusterStart + random.nextInt(28) : (long) (random.nextDouble() * days);
            starts.add(from.plusDays(Math.min(day, days - 1)).atTime(14 + random.nextInt(9), random.nextInt(60))
                    .atZone(LONDON).toInstant());
        }
        starts.removeIf(s -> !s.isBefore(now));
        starts.sort(null);
        List<NewMissingEpisode> result = new ArrayList<>();
        Instant earliestNext = null;
        for (int i = 0; i < starts.size(); i++) {
            Instant start = starts.get(i);
            if (earliestNext != null && !start.isAfter(earliestNext)) {
                continue;
            }
            MissingType type = random.nextInt(100) < 60 ? MissingType.M : MissingType.A;
            Duration length = type == MissingType.A ? Duration.ofMinutes(120 + random.nextInt(600))
                    : Duration.ofMinutes(180 + random.nextInt(60 * 60));
            Instant end = start.plus(length);
            Instant next = i + 1 < starts.size() ? starts.get(i + 1) : null;
            boolean last = next == null;
            if (next != null && !end.isBefore(next)) {
                end = next.minus(Duration.ofMinutes(30));
            }
            if (end.isAfter(now)) {
                end = last && random.nextInt(100) < 50 ? null : now.minus(Duration.ofMinutes(30));
            }
            if (end != null && !end.isAfter(start)) {
                continue;
            }
            earliestNext = end == null ? now : end;
            result.add(episode(child, type, start, end));
            if (end == null) {
                break;
            }
        }
        return result;
    }

    private NewMissingEpisode episode(MissingChild child, MissingType type, Instant start, Instant end) {
        boolean police = type == MissingType.M || random.nextInt(100) < 30;
        int r = random.nextInt(100);
        RiskLevel risk = child.uasc() ? (r < 60 ? RiskLevel.HIGH : RiskLevel.MEDIUM)
                : r < 40 ? RiskLevel.LOW : r < 80 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
        return new NewMissingEpisode(child.id(), type, start, end,
                end == null ? null : pick(WHERE_FOUND), police, police ? "BED-" + (100_000 + random.nextInt(900_000))
                        : null, risk, risk == RiskLevel.HIGH ? "Known links to older adults; exploitation concern"
                        : null, child.uasc(), end == null ? null : interview(end),
                child.uasc() ? steps(start) : List.of());
    }

    private NewMissingEpisode.Interview interview(Instant end) {
        int r = random.nextInt(100);
        if (r < 8) {
            return null; // not offered (yet)
        }
        boolean late = r < 20;
        Instant offered = end.plus(Duration.ofHours(late ? 75 + random.nextInt(100) : 4 + random.nextInt(60)));
        if (offered.isAfter(now)) {
            return null;
        }
        boolean independent = random.nextInt(100) < 75;
        int answer = random.nextInt(100);
        InterviewResponse response = answer < 70 ? InterviewResponse.ACCEPTED : answer < 93 ? InterviewResponse.DECLINED
                : InterviewResponse.NO_ANSWER_YET;
        LocalDate held = null;
        if (response == InterviewResponse.ACCEPTED && random.nextInt(100) < 90) {
            held = offered.atZone(LONDON).toLocalDate().plusDays(random.nextInt(3));
            if (held.isAfter(today)) {
                held = null;
            }
        }
        return new NewMissingEpisode.Interview(offered, independent ? pick(INTERVIEWERS) : pick(NOT_INDEPENDENT),
                independent, response, held, held == null ? null : pick(PUSH), held == null ? null : pick(PULL),
                held == null ? null : pick(ACTIONS));
    }

    private List<NewMissingEpisode.Step> steps(Instant start) {
        List<NewMissingEpisode.Step> steps = new ArrayList<>();
        TraffickingStep[] all = TraffickingStep.values();
        for (int i = 0; i < all.length; i++) {
            Instant due = start.plus(Duration.ofHours(STEP_HOURS[i]));
            Instant done = start.plus(Duration.ofMinutes(20 + random.nextInt(STEP_HOURS[i] * 80)));
            if (done.isAfter(now) || random.nextInt(100) < 10) {
                steps.add(new NewMissingEpisode.Step(all[i], due, null, null, null, null));
                continue;
            }
            StepOutcome outcome = StepOutcome.DONE;
            String note = null;
            if (all[i] == TraffickingStep.NRM_DECISION) {
                outcome = random.nextInt(100) < 65 ? StepOutcome.REFERRED : StepOutcome.NOT_REFERRED;
                note = outcome == StepOutcome.NOT_REFERRED ? "No indicators of trafficking found; to review if "
                        + "the child goes missing again" : "Referred by the team manager as first responder";
            } else if (all[i] == TraffickingStep.GUARDIAN_NOTIFIED && random.nextInt(100) < 30) {
                outcome = StepOutcome.NOT_APPLICABLE;
                note = "No Independent Child Trafficking Guardian service covers this child";
            }
            steps.add(new NewMissingEpisode.Step(all[i], due, outcome, done, "The allocated social worker", note));
        }
        return steps;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String pick(String[] values, Random from) {
        return values[from.nextInt(values.length)];
    }
}
