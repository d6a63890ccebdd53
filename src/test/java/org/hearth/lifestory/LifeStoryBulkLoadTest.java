package org.hearth.lifestory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.lifestory.internal.AttachmentCheckerTest;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data's bulk load: items and re-encoded photos in, served like uploads, and nothing for the chronology. */
class LifeStoryBulkLoadTest extends IntegrationTest {

    @Autowired
    LifeStoryWork lifeStoryWork;

    @Test
    void loadsItemsWithTheirPhotos() throws Exception {
        UUID child = data.aChild().create();
        int loaded = lifeStoryWork.load(List.of(
                new NewLifeStoryItem(child, LifeStoryKind.MEMORY_BOX, "My memory box", LifeStoryStatus.COMPLETE,
                        "Foster carer", null, LocalDate.of(2026, 10, 1), "Picked a shell", null, data.worker,
                        List.of(new NewLifeStoryItem.Photo("box.png", "The box", AttachmentCheckerTest.png(50, 40)))),
                new NewLifeStoryItem(child, LifeStoryKind.DIRECT_WORK_SESSION, "Session", LifeStoryStatus.PLANNED,
                        "Social worker", LocalDate.of(2026, 12, 10), null, null, null, data.worker, List.of())));
        assertThat(loaded).isEqualTo(2);
        assertThat(data.count("life_story_attachment")).isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/children/"
                + child + "/life-story").with(data.as(data.worker)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$[?(@.title == 'My memory box')].attachments[0].width").value(50));
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM chronology_entry WHERE category = "
                + "'LIFE_STORY'", Long.class)).isZero();
    }
}
