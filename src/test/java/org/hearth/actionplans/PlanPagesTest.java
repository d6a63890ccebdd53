package org.hearth.actionplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.pathwayplans.PlanTestSupport.aYoungPerson;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan pages: conflicts shown on the form, sign-off by another manager only, and the manager's view. */
class PlanPagesTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aYoungPersonOf17() {
        child = aYoungPerson(data);
    }

    private UUID startPathwayPlan(UUID as) throws Exception {
        String location = mvc.perform(post("/children/" + child + "/pathway-plans").with(data.as(as)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aSectionSavedFromAStaleFormShowsTheConflictAndKeepsWhatWasTyped() throws Exception {
        UUID plan = startPathwayPlan(data.worker);
        String form = "/children/" + child + "/pathway-plans/" + plan + "/sections/money";
        mvc.perform(post(form).with(data.as(data.manager)).with(csrf()).param("version", "0").param("rows", "3")
                .param("assessedNeed", "Budgeting help").param("goals", "A weekly budget"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post(form).with(data.as(data.worker)).with(csrf()).param("version", "0")
                .param("rows", "3").param("assessedNeed", "My words on money"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this plan while you were on this page")
                .contains("My words on money").contains("Budgeting help").contains("name=\"version\" value=\"1\"");
        String invalid = mvc.perform(post(form).with(data.as(data.worker)).with(csrf()).param("version", "1")
                .param("rows", "3").param("actions[0].description", "Open a bank account")
                .param("actions[0].targetDateDay", "31").param("actions[0].targetDateMonth", "2")
                .param("actions[0].targetDateYear", "2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("There is problem".replace("is ", "is a ")).contains("Target date must be a real date")
                .contains("Enter who will do it, or choose them from the list").contains("Open a bank account");
    }

    @Test
    void theAuthorSeesThatAnotherManagerMustSignOff() throws Exception {
        UUID plan = startPathwayPlan(data.manager);
        String page = mvc.perform(get("/children/" + child + "/pathway-plans/" + plan + "/sign-off")
                .with(data.as(data.manager))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("another manager must sign it off").doesNotContain("Save decision");
        mvc.perform(post("/children/" + child + "/pathway-plans/" + plan + "/sign-off").with(data.as(data.manager))
                .with(csrf()).param("version", "0").param("decision", "SIGN_OFF"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/pathway-plans/" + plan + "/sign-off").with(data.as(data.worker)))
                .andExpect(status().isForbidden());
        String plans = mvc.perform(get("/children/" + child + "/pathway-plans/" + plan).with(data.as(data.worker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(plans).contains("href=\"/leaving-care-offer\"").contains("Your leaving care offer")
                .contains("href=\"/complaints\"").contains("How to complain");
    }

    @Test
    void theManagersViewListsTheirTeamsOpenPlansOnly() throws Exception {
        mvc.perform(postJson("/api/v1/children/" + child + "/action-plans", ActionPlanApiTest.aPlan())
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isCreated());
        UUID south = data.startCare(data.aChild().named("Kai", "Lee").born(java.time.LocalDate.of(2009, 1, 1))
                .inTeam(data.southTeam).allocatedTo(data.otherWorker).create(), java.time.LocalDate.of(2024, 1, 1));
        mvc.perform(postJson("/api/v1/children/" + south + "/action-plans", ActionPlanApiTest.aPlan())
                .with(data.as(data.otherWorker)).with(csrf())).andExpect(status().isCreated());

        String north = mvc.perform(get("/teams/" + data.northTeam + "/action-plans").with(data.as(data.manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(north).contains("Jade Morris").doesNotContain("Kai Lee").contains("Awaiting sign-off")
                .contains("Worker");
        mvc.perform(get("/teams/" + data.southTeam + "/action-plans").with(data.as(data.manager)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/teams/" + data.northTeam + "/action-plans").with(data.as(data.worker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/teams/" + UUID.randomUUID() + "/action-plans").with(data.as(data.head)))
                .andExpect(status().isNotFound());
        String all = mvc.perform(get("/action-plans").with(data.as(data.head))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Children in Care North").contains("Children in Care South");
        String mine = mvc.perform(get("/action-plans").with(data.as(data.manager))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Children in Care North").doesNotContain("Children in Care South");
    }
}
