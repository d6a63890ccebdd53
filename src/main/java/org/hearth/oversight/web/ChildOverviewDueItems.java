package org.hearth.oversight.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.oversight.DueItems;
import org.hearth.oversight.DueStatus;
import org.hearth.shared.ChildOverviewSection;
import org.springframework.stereotype.Component;

/** The child overview's "Due and overdue" flags. */
@Component
class ChildOverviewDueItems implements ChildOverviewSection {

    private final DueItems dueItems;

    ChildOverviewDueItems(DueItems dueItems) {
        this.dueItems = dueItems;
    }

    @Override
    public Optional<Section> sectionFor(UUID childId) {
        var items = dueItems.itemsOf(childId).stream().filter(i -> i.status() != DueStatus.NOT_YET_DUE).toList();
        return Optional.of(new Section("oversight/fragments", "child-due-items", Map.of("items", items), 10));
    }
}
