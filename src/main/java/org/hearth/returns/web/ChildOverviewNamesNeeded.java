package org.hearth.returns.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.children.ChildRecords;
import org.hearth.shared.ChildOverviewSection;
import org.springframework.stereotype.Component;

/**
 * On the child overview, a child imported from a 903 return and still without names (the return holds none; ADR
 * 0010) is shown as needing them, with a link to record them.
 */
@Component
class ChildOverviewNamesNeeded implements ChildOverviewSection {

    /** As the import names a child new to Hearth (ChildrenImporter.NO_NAME). */
    static final String NO_NAME = "Not in return";

    private final ChildRecords children;

    ChildOverviewNamesNeeded(ChildRecords children) {
        this.children = children;
    }

    @Override
    public Optional<Section> sectionFor(UUID childId) {
        return children.find(childId)
                .filter(c -> NO_NAME.equals(c.firstName()) && c.localChildId().equalsIgnoreCase(c.lastName()))
                .map(c -> new Section("returns/fragments", "names-needed", Map.of("childId", childId), 1));
    }
}
