package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The episode pages: a change made by someone else meanwhile is shown, and nothing is saved. */
class RecordEpisodePageTest extends IntegrationTest {

    private static final String STALE = "Someone else changed this record while you were filling in this form";

    @Test
    void aStaleFormSaysSoAndSavesNothing() throws Exception {
        UUID child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        mvc.perform(get("/children/" + child + "/episodes/change-legal-status").with(data.as(data.worker)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(STALE))));
        long episodes = data.count("episode");

        mvc.perform(post("/children/" + child + "/episodes/change-legal-status").with(data.as(data.worker))
                .with(csrf()).param("version", "0").param("dateDay", "1").param("dateMonth", "9")
                .param("dateYear", "2026").param("legalStatus", "C2"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(STALE)))
                .andExpect(content().string(containsString("value=\"C2\" selected")));
        assertThat(data.count("episode")).isEqualTo(episodes);
    }
}
