package org.hearth.permanence;

import java.util.List;
import java.util.UUID;

/**
 * Everything this module records about one child.
 *
 * @param previous null when not recorded
 * @param decisions oldest first
 * @param match null when not recorded
 * @param orders oldest first
 */
public record ChildPermanence(UUID childId, PreviousPermanence previous, List<AdoptionDecision> decisions,
        AdoptionMatch match, List<DeprivationOfLibertyOrder> orders) {

    public ChildPermanence {
        decisions = List.copyOf(decisions);
        orders = List.copyOf(orders);
    }

    public boolean isEmpty() {
        return previous == null && decisions.isEmpty() && match == null && orders.isEmpty();
    }
}
