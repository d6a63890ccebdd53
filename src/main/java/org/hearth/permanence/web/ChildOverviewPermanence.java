package org.hearth.permanence.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.internal.PermanenceService;
import org.hearth.shared.ChildOverviewSection;
import org.springframework.stereotype.Component;

/** The child overview's "Permanence" section: what is recorded in brief, and the link to the permanence page. */
@Component
class ChildOverviewPermanence implements ChildOverviewSection {

    private final PermanenceService service;

    ChildOverviewPermanence(PermanenceService service) {
        this.service = service;
    }

    @Override
    public Optional<Section> sectionFor(UUID childId) {
        ChildPermanence records = service.read(childId);
        return Optional.of(new Section("permanence/fragments", "child-permanence", Map.of("records", records,
                "childId", childId, "labels", PermanencePagesController.labels()), 70));
    }
}
