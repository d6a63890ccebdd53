package org.hearth.children;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.hearth.children.internal.CareHistoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's care histories in bulk, for modules that work things out across many children (due items, returns).
 * No access check: callers decide who sees what they derive.
 */
@Service
public class CareHistories {

    private final CareHistoryRepository histories;

    CareHistories(CareHistoryRepository histories) {
        this.histories = histories;
    }

    @Transactional(readOnly = true)
    public List<CareHistory> of(Collection<java.util.UUID> childIds) {
        return histories.of(childIds);
    }

    /** Every child's id, a batch at a time, in a stable order: for work that reads each batch in its own transaction. */
    public void forEachChildBatch(int batchSize, Consumer<List<java.util.UUID>> batch) {
        histories.forEachIdBatch(batchSize, batch);
    }
}
