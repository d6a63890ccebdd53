package org.hearth.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.hearth.children.ChildHistory;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.missing.InterviewResponse;
import org.hearth.missing.MissingType;
import org.hearth.missing.NewMissingEpisode;
import org.hearth.missing.RiskLevel;
import org.hearth.missing.StepOutcome;
import org.hearth.missing.TraffickingStep;

/**
 * Makes the demo council's missing episodes (issue 7) over the last year for the children in care: in England about
 * 11-12% of looked-after children go missing in a year, nearly all of them 11 or older, and repeat episodes are common
 * (about 84,000 incidents in 2024: several per child who goes missing; domain.md). So: about
 * {@link #MISSING_PERCENT_11_PLUS}% of children in care aged 11 or more (more of the unaccompanied), each with one to
 * a couple of dozen episodes, some in clusters that prompt a strategy discussion; a few still missing now. Return home
 * interviews mostly offered within 72 hours and held, some late, some declined, some not offered. Unaccompanied
 * children's episodes carry the trafficking protocol steps, mostly done on time, some left open.
 * <p>
 * Its own seeded {@link Random}, so that everything generated before comes out as before.
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

    private final Random random;
    private final LocalDate today;
    private final Instant now;

    public DemoMissingGenerator(long seed, LocalDate today) {
        this.random = new Random(seed * 61 + 17);
        this.today = today;
        // the demo's "now": the start of today, so that nothing generated is in the future whenever it loads
        this.now = today.atStartOfDay(LONDON).toInstant();
    }

    /** A child in care as this generator needs them. */
    public record MissingChild(UUID id, LocalDate born, boolean uasc, LocalDate inCareSince) {
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
}
