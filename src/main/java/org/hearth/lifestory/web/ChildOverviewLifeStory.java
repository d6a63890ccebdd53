package org.hearth.lifestory.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.lifestory.internal.LifeStoryRepository;
import org.hearth.shared.ChildOverviewSection;
import org.springframework.stereotype.Component;

/**
 * The child overview's life story section: how much work there is and links to it and to the timeline. Shown for every
 * child (life story work is for any looked-after child). The overview has already checked and logged the user's
 * access.
 */
@Component
class ChildOverviewLifeStory implements ChildOverviewSection {

    private final LifeStoryRepository items;

    ChildOverviewLifeStory(LifeStoryRepository items) {
        this.items = items;
    }

    @Override
    public Optional<Section> sectionFor(UUID childId) {
        LifeStoryRepository.Counts counts = items.counts(childId);
        Map<String, Object> model = new HashMap<>();
        model.put("childId", childId);
        model.put("count", counts.all());
        model.put("done", counts.done());
        return Optional.of(new Section("lifestory/fragments", "child-life-story", model, 40));
    }
}
