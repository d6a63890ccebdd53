package org.hearth.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.hearth.missing.internal.MissingRules;

/**
 * The module's pattern rule for others who make data that must agree with it (the demo data): when a child's missing
 * episodes prompt a strategy discussion.
 */
public final class MissingPatterns {

    private MissingPatterns() {
    }

    /**
     * When the local trigger fired (policy {@code missing.strategy-discussion.episodes} within
     * {@code missing.strategy-discussion.within}; issue 7: "e.g. 3 in 30 days"): the start of the first episode that
     * makes that many within the period, counting only episodes that started after the day of the latest strategy
     * discussion. Empty when it has not fired since: the drift engine's prompt is then clear.
     *
     * @param lastDiscussion the day of the latest strategy discussion, or null when none
     */
    public static Optional<Instant> strategyTrigger(List<Instant> starts, LocalDate lastDiscussion, int episodes,
            Period within) {
        return MissingRules.strategyTrigger(starts, lastDiscussion, episodes, within);
    }
}
