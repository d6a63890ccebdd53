package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.pathwayplans.PlanTestSupport.aYoungPerson;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.hearth.pathwayplans.PlanTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Every pathway plan and action plan page, opened as the users who use them, passes axe-core. */
class PlansBrowserTest extends BrowserTest {

    @Test
    void aWorkerWritesAPathwayPlanAndAnotherManagerSignsItOff() {
        UUID child = aYoungPerson(data);
        signInAs("worker");
        open("/children/" + child);
        assertThat(text("#child-plans")).contains("No pathway plan signed off");
        follow(By.linkText("Pathway plans"));
        assertAccessible();
        follow(By.id("start"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Pathway plan started");
        assertThat(text("#young-person-links")).contains("Your leaving care offer").contains("How to complain");
        follow(By.id("submit"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Write the young person's views");
        String plan = browser.getCurrentUrl().replaceAll(".*/pathway-plans/([^/?#]+).*", "$1");
        open("/children/" + child + "/pathway-plans/" + plan + "/sections/accommodation");
        browser.findElement(By.id("assessedNeed")).sendKeys("A settled home");
        browser.findElement(By.id("actions[0].description")).sendKeys("Visit supported lodgings");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter who will do it").contains("Enter the target date");
        browser.findElement(By.id("actions[0].ownerName")).sendKeys("Jade with her social worker");
        browser.findElement(By.id("actions[0].targetDate-day")).sendKeys("15");
        browser.findElement(By.id("actions[0].targetDate-month")).sendKeys("1");
        browser.findElement(By.id("actions[0].targetDate-year")).sendKeys("2027");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#accommodation")).contains("Visit supported lodgings").contains("15 Jan 2027");
        open("/children/" + child + "/pathway-plans/" + plan + "/views");
        browser.findElement(By.id("youngPersonViews")).sendKeys("I want to live near my college");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#views")).contains("I want to live near my college");

        // the rest of the sections over the API, then sent for sign-off
        int version = 2;
        for (var s : org.hearth.pathwayplans.PlanSection.values()) {
            try {
                mvc.perform(PlanTestSupport.putJson("/api/v1/children/" + child + "/pathway-plans/" + plan
                        + "/sections/" + s.slug(), PlanTestSupport.section(data.worker))
                        .header("If-Match", "\"" + version++ + "\"").with(data.as(data.worker)).with(csrf()))
                        .andExpect(status().isOk());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        open("/children/" + child + "/pathway-plans/" + plan);
        follow(By.id("submit"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("sent for sign-off");

        browser.manage().deleteAllCookies();
        signInAs("manager");
        open("/children/" + child + "/pathway-plans/" + plan);
        follow(By.id("sign-off"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Choose whether to sign the plan off");
        browser.findElement(By.id("decision")).click();
        browser.findElement(By.id("comment")).sendKeys("A clear plan in Jade's own words");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("review due by 26 May 2027");
        assertThat(text("#signed-off")).contains("Manager");
        open("/children/" + child + "/pathway-plans");
        assertThat(text("#start")).isEqualTo("Start a review of the plan");
        open("/children/" + child);
        assertThat(text("#child-plans")).contains("review due by 26 May 2027");
    }

    @Test
    void aWorkerMakesAnActionPlanAndTheManagerMonitorsIt() throws Exception {
        UUID child = aYoungPerson(data);
        signInAs("worker");
        open("/children/" + child + "/action-plans");
        follow(By.id("new-plan"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter what the support is for").contains("Add at least one action");
        browser.findElement(By.id("purpose")).sendKeys("Getting back into education");
        browser.findElement(By.id("actions[0].description")).sendKeys("Meet the careers adviser");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("actions[0].ownerRole")))
                .selectByValue("YOUTH_SUPPORT_WORKER");
        browser.findElement(By.id("actions[0].ownerName")).sendKeys("Sam Ahmed");
        browser.findElement(By.id("actions[0].dueOn-day")).sendKeys("10");
        browser.findElement(By.id("actions[0].dueOn-month")).sendKeys("12");
        browser.findElement(By.id("actions[0].dueOn-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Action plan recorded");
        String plan = browser.getCurrentUrl().replaceAll(".*/action-plans/([^/?#]+).*", "$1");
        follow(By.id("add-action"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Choose who owns the action");
        open("/children/" + child + "/action-plans/" + plan);
        follow(By.partialLinkText("Change status"));
        assertAccessible();
        browser.findElement(By.id("status-3")).click();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#actions")).contains("Done");
        follow(By.id("record-progress"));
        assertAccessible();
        browser.findElement(By.id("note")).sendKeys("Met Sam and the adviser; applying for a course");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#progress")).contains("applying for a course");
        open("/children/" + child + "/action-plans/" + plan + "/close");
        open("/children/" + child + "/action-plans");
        assertThat(text("#plans")).contains("Getting back into education");

        browser.manage().deleteAllCookies();
        signInAs("manager");
        open("/children/" + child + "/action-plans/" + plan);
        follow(By.id("agree"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#agreed")).contains("Manager");
        follow(By.id("monitor"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter your review of the plan");
        open("/action-plans");
        follow(By.linkText("Children in Care North"));
        assertAccessible();
        assertThat(text("#plans")).contains("Jade Morris").contains("Getting back into education");
        // a second open plan with an overdue action shows in the counts
        mvc.perform(postJson("/api/v1/children/" + child + "/action-plans", PlanTestSupport.body("purpose",
                "Housing", "startedOn", "2026-10-01", "actions", List.of(PlanTestSupport.body("description", "Apply",
                        "ownerRole", "PARTNER", "ownerName", "Housing Options", "dueOn", "2026-10-20"))))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isCreated());
        open("/teams/" + data.northTeam + "/action-plans");
        assertThat(text("#counts")).contains("2 open plans").contains("1 overdue actions")
                .contains("1 plans without progress recorded in 4 weeks");
    }
}
