package org.hearth.missing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The module's timescales and pattern rules, free of storage so that they are tested on their own: the return home
 * interview's due time, the strategy discussion trigger, the protocol steps' due times, the 30 and 90 day counts.
 */
public final class MissingRules {

    /** Dates and times are the council's: England. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private MissingRules() {
    }

    /** Return home interview due: the return plus the policy's hours (72 by default: DfE statutory guidance 2014). */
    public static Instant returnInterviewDue(Instant endedAt, int hours) {
        return endedAt.plus(Duration.ofHours(hours));
    }

    /** A trafficking protocol step is due this many hours after the child went missing (local policy). */
    public static Instant stepDue(Instant startedAt, int hours) {
        return startedAt.plus(Duration.ofHours(hours));
    }

    /** Episodes that started in the {@code days} before {@code now} (now included). */
    public static int startedWithin(Collection<Instant> starts, Instant now, int days) {
        Instant from = now.atZone(LONDON).minusDays(days).toInstant();
        return (int) starts.stream().filter(s -> s.isAfter(from) && !s.isAfter(now)).count();
    }

    /**
     * When the local trigger fired (issue 7: "e.g. 3 in 30 days prompts a strategy discussion"): the start of the
     * first episode that makes {@code episodes} or more episodes within {@code within}, counting only episodes that
     * started after the day of the latest strategy discussion (a discussion answers the pattern so far; a new pattern
     * after it prompts another). Empty when it has not fired since.
     *
     * @param lastDiscussion the day of the latest strategy discussion, or null when none
     */
    public static Optional<Instant> strategyTrigger(List<Instant> starts, LocalDate lastDiscussion, int episodes,
            Period within) {
        List<Instant> counted = starts.stream()
                .filter(s -> lastDiscussion == null || s.atZone(LONDON).toLocalDate().isAfter(lastDiscussion))
                .sorted().toList();
        for (int i = 0; i < counted.size(); i++) {
            Instant at = counted.get(i);
            Instant from = at.atZone(LONDON).minus(within).toInstant();
            int inWindow = 0;
            for (int j = 0; j <= i; j++) {
                if (counted.get(j).isAfter(from)) {
                    inWindow++;
                }
            }
            if (inWindow >= episodes) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }
}
