package org.hearth.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.oversight.internal.DueItemRecalculation;
import org.hearth.oversight.internal.DueItemRepository;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The full recalculation covers every child, a batch at a time, and records its run. */
class DueItemRecalculationTest extends IntegrationTest {

    @Autowired
    DueItemRecalculation recalculation;

    @Autowired
    DueItemRepository items;

    @Test
    void everyChildIsWorkedOutWhateverTheirIdAndTheRunIsRecorded() {
        // more children than a batch would hold if ids were paged in Java's (signed) order rather than PostgreSQL's
        List<UUID> inCare = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            inCare.add(data.startCare(data.aChild().create(), LocalDate.of(2026, 11, 2)));
        }
        UUID neverInCare = data.aChild().create();
        data.ownerJdbc().update("DELETE FROM due_item");

        DueItemRecalculation.Run run = recalculation.recalculateAll();

        assertThat(run.children()).isEqualTo(25);
        assertThat(inCare).allSatisfy(child -> assertThat(items.forChild(child)).isNotEmpty());
        assertThat(items.forChild(neverInCare)).isEmpty();
        assertThat(data.ownerJdbc().queryForObject("SELECT children FROM due_item_run", Integer.class))
                .isEqualTo(25);
    }
}
