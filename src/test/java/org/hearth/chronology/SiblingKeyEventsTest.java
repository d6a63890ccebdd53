package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A sibling's key events shown in line, clearly marked, only to those who may see the sibling. */
class SiblingKeyEventsTest extends IntegrationTest {

    UUID child;
    UUID sister;

    @BeforeEach
    void twoSiblingsInCare() throws Exception {
        child = data.startCare(data.aChild().localChildId("LEAD1").create(), LocalDate.of(2025, 6, 2));
        sister = data.startCare(data.aChild().localChildId("SIS1").named("Ada", "Okonkwo").inTeam(data.southTeam)
                .allocatedTo(data.otherWorker).create(), LocalDate.of(2025, 7, 1));
        mvc.perform(post("/children/" + child + "/siblings").with(csrf()).with(data.as(data.head))
                .param("siblingLocalChildId", "SIS1")).andExpect(status().is3xxRedirection());
        ChronologyTestSupport.entries(data, child, 2);
        ChronologyTestSupport.entries(data, sister, 2);
    }

    @Test
    void whoMaySeeTheSiblingSeesHerKeyEventsMarkedAndTheViewIsLoggedOnHerRecord() throws Exception {
        mvc.perform(get("/children/" + child + "/chronology").param("siblings", "true").with(data.as(data.iro)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sibling: Ada Okonkwo")))
                .andExpect(content().string(Matchers.containsString("1 July 2025")));
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? AND user_id = ? "
                + "AND what LIKE 'key events shown in the chronology of sibling LEAD1'", Long.class, sister, data.iro))
                .isEqualTo(1);
    }

    @Test
    void aWorkerWhoCannotSeeTheSiblingSeesOnlyTheChild() throws Exception {
        mvc.perform(get("/children/" + child + "/chronology").param("siblings", "true").with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Ada Okonkwo"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("1 July 2025"))));
    }
}
