package org.hearth.careleavers.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.internal.CareLeaverService;
import org.hearth.careleavers.internal.Picture;
import org.hearth.shared.ChildOverviewSection;
import org.springframework.stereotype.Component;

/** The child overview's "Leaving care" summary, for young people 16 to 25 who are or were looked after. */
@Component
class ChildOverviewLeavingCare implements ChildOverviewSection {

    private final CareLeaverService service;

    ChildOverviewLeavingCare(CareLeaverService service) {
        this.service = service;
    }

    @Override
    public Optional<Section> sectionFor(UUID childId) {
        Picture picture = service.pictureOf(childId);
        if (!picture.category().inCohort()) {
            return Optional.empty();
        }
        return Optional.of(new Section("careleavers/fragments", "child-leaving-care",
                Map.of("picture", picture, "childId", childId, "eet", picture.rating(RagDomain.EET),
                        "circumstances", picture.rating(RagDomain.PERSONAL_CIRCUMSTANCES)), 30));
    }
}
