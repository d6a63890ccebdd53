package org.hearth.children;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.children.internal.AllocationPeriodRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's allocation histories in bulk, for the 903 SWEpisodes table (issue 8). No access check: callers decide who
 * sees what they derive.
 */
@Service
public class AllocationHistories {

    private final AllocationPeriodRepository periods;

    AllocationHistories(AllocationPeriodRepository periods) {
        this.periods = periods;
    }

    /** @return the children asked about who have any history, periods oldest first */
    @Transactional(readOnly = true)
    public Map<UUID, List<AllocationPeriod>> of(Collection<UUID> childIds) {
        return periods.of(childIds);
    }
}
