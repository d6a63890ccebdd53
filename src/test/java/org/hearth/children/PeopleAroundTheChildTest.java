package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Family and professionals around a child, and sibling links, with the record-level rule on both children. */
class PeopleAroundTheChildTest extends IntegrationTest {

    @Autowired
    PeopleAroundTheChild people;

    UUID child;

    @BeforeEach
    void aChild() {
        child = data.aChild().localChildId("SIB1").create();
    }

    @Test
    void aWorkerAddsAFamilyMemberWithParentalResponsibility() throws Exception {
        mvc.perform(post("/children/" + child + "/people/new").with(csrf()).with(data.as(data.worker))
                .param("kind", "FAMILY").param("name", "Sarah Jones").param("relationship", "Mother")
                .param("parentalResponsibility", "true").param("contactDetails", "07700 900123"))
                .andExpect(status().is3xxRedirection());
        assertThat(people.of(child)).singleElement().satisfies(p -> {
            assertThat(p.parentalResponsibility()).isTrue();
            assertThat(p.asSource()).isEqualTo("Sarah Jones (Mother)");
        });
        mvc.perform(get("/children/" + child + "/people").with(data.as(data.worker)))
                .andExpect(content().string(Matchers.containsString("07700 900123")));
    }

    @Test
    void missingDetailsAreNamedAndOthersTeamsRefused() throws Exception {
        mvc.perform(post("/children/" + child + "/people/new").with(csrf()).with(data.as(data.worker))
                .param("kind", "PROFESSIONAL").param("agency", "Luton Road Surgery"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter their name")))
                .andExpect(content().string(Matchers.containsString("value=\"Luton Road Surgery\"")));
        mvc.perform(post("/children/" + child + "/people/new").with(csrf()).with(data.as(data.otherWorker))
                .param("kind", "FAMILY").param("name", "X").param("relationship", "Aunt"))
                .andExpect(status().isForbidden());
        assertThat(people.of(child)).isEmpty();
    }

    @Test
    void siblingsAreLinkedBothWaysOnce() throws Exception {
        UUID sister = data.aChild().localChildId("SIB2").named("Ada", "Okonkwo").create();
        mvc.perform(post("/children/" + child + "/siblings").with(csrf()).with(data.as(data.worker))
                .param("siblingLocalChildId", "sib2")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/children/" + sister + "/siblings").with(csrf()).with(data.as(data.worker))
                .param("siblingLocalChildId", "SIB1")).andExpect(status().is3xxRedirection());
        assertThat(people.siblingsOf(child)).containsExactly(sister);
        assertThat(people.siblingsOf(sister)).containsExactly(child);
        assertThat(data.count("sibling_link")).isEqualTo(1);
    }

    @Test
    void aSiblingTheWorkerCannotSeeIsAnsweredAsUnknownAndTheRefusalLogged() throws Exception {
        UUID elsewhere = data.aChild().localChildId("SIB3").inTeam(data.southTeam).allocatedTo(data.otherWorker)
                .create();
        mvc.perform(post("/children/" + child + "/siblings").with(csrf()).with(data.as(data.worker))
                .param("siblingLocalChildId", "SIB3")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No child has local child ID SIB3")));
        assertThat(data.count("sibling_link")).isZero();
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? AND outcome = "
                + "'DENIED'", Long.class, elsewhere)).isEqualTo(1);
    }
}
