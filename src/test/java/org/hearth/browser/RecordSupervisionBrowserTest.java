package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A team manager records case supervision with its reflective sections from the child's record, sees the action in
 * the decision log, and sees their team's reflective-supervision rate change; decisions and meetings are recorded
 * from the same page. Every page is checked with axe-core.
 */
class RecordSupervisionBrowserTest extends BrowserTest {

    private static final String REFLECTIVE = "Maryam spoke about missing her grandmother and we considered how "
            + "contact could be rebuilt safely, what it means for her identity, and what her carers have noticed.";

    @Test
    void aManagerRecordsReflectiveSupervisionAndTheTeamRateChanges() {
        UUID child = data.aChild().named("Maryam", "Hussain").create();
        data.startCare(child, LocalDate.of(2025, 6, 2));

        signInAs("manager");
        open("/supervision/stats");
        assertAccessible();
        String row = "#rate-" + data.northTeam + "-2026-11";
        assertThat(text(row)).contains("November 2026").endsWith("–");

        open("/children/" + child);
        follow(By.id("decisions-meetings-supervision"));
        assertAccessible();
        follow(By.id("record-supervision"));
        assertAccessible();
        browser.findElement(By.id("durationMinutes")).clear();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter how long the supervision lasted");

        browser.findElement(By.id("durationMinutes")).sendKeys("90");
        for (String section : new String[] {"experience", "reflection", "analysis", "actionPlan"}) {
            assertThat(browser.findElement(By.id(section)).getText()).as("typed work kept").isEmpty();
            browser.findElement(By.id(section)).sendKeys(REFLECTIVE);
        }
        browser.findElement(By.id("actions[0].what")).sendKeys("Arrange a call with her grandmother");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("actions[0].ownerId")))
                .selectByVisibleText("Worker");
        browser.findElement(By.id("actions[0].dueBy-day")).sendKeys("10");
        browser.findElement(By.id("actions[0].dueBy-month")).sendKeys("12");
        browser.findElement(By.id("actions[0].dueBy-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Case supervision recorded");
        assertThat(text("#decisions")).contains("Arrange a call with her grandmother").contains("10 Dec 2026");

        open("/supervision/stats");
        assertThat(text(row)).contains("1").endsWith("100.0%");
        follow(By.cssSelector(row + " a"));
        assertAccessible();
        assertThat(text("#sessions")).contains("Case supervision").contains("Yes");
    }

    @Test
    void aWorkerRecordsADecisionAndAMeetingAndMarksTheDecisionDone() {
        UUID child = data.aChild().create();
        data.startCare(child, LocalDate.of(2025, 6, 2));
        signInAs("worker");
        open("/children/" + child + "/decisions");
        follow(By.id("record-decision"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter what was decided");
        browser.findElement(By.id("what")).sendKeys("Weekly family time with her brother");
        follow(By.id("save"));
        assertThat(text("#decisions")).contains("Weekly family time with her brother").contains("Open");

        follow(By.partialLinkText("Mark done or superseded"));
        assertAccessible();
        browser.findElement(By.id("status")).click();
        follow(By.id("save"));
        assertThat(text(".govuk-notification-banner--success")).contains("Decision marked done");

        follow(By.id("record-meeting"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Select how the child took part");
        browser.findElement(By.id("date-day")).sendKeys("18");
        browser.findElement(By.id("date-month")).sendKeys("11");
        browser.findElement(By.id("date-year")).sendKeys("2026");
        browser.findElement(By.id("kind-2")).click();
        browser.findElement(By.id("attendees")).sendKeys("Social worker, police, school");
        browser.findElement(By.id("participation-8")).click();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#meetings")).contains("Strategy meeting").contains("Did not take part");
    }

    @Test
    void aManagerRecordsAOneToOneThatTheWorkerThenReads() {
        data.startCare(data.aChild().named("Maryam", "Hussain").create(), LocalDate.of(2025, 6, 2));

        signInAs("manager");
        open("/supervision/stats");
        follow(By.id("record-one-to-one"));
        assertAccessible();
        follow(By.id("continue"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Select the worker supervised");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("supervisee")))
                .selectByVisibleText("Worker");
        follow(By.id("continue"));
        assertAccessible();

        browser.findElement(By.id("childIds")).click();
        browser.findElement(By.id("durationMinutes")).clear();
        browser.findElement(By.id("experience")).sendKeys(REFLECTIVE);
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter how long the supervision lasted");
        assertThat(browser.findElement(By.id("childIds")).isSelected()).as("child discussed kept").isTrue();
        assertThat(browser.findElement(By.id("experience")).getText()).as("typed work kept").isEqualTo(REFLECTIVE);

        browser.findElement(By.id("durationMinutes")).sendKeys("90");
        for (String section : new String[] {"reflection", "analysis", "actionPlan"}) {
            browser.findElement(By.id(section)).sendKeys(REFLECTIVE);
        }
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("actions[0].childId")))
                .selectByVisibleText("Maryam Hussain");
        browser.findElement(By.id("actions[0].what")).sendKeys("Book her PEP before the holidays");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("actions[0].ownerId")))
                .selectByVisibleText("Worker");
        browser.findElement(By.id("actions[0].dueBy-day")).sendKeys("10");
        browser.findElement(By.id("actions[0].dueBy-month")).sendKeys("12");
        browser.findElement(By.id("actions[0].dueBy-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("One-to-one supervision recorded");
        assertThat(text("#reflective")).startsWith("Yes");
        assertThat(text("#actions")).contains("Maryam Hussain").contains("Book her PEP before the holidays");
        String session = browser.getCurrentUrl();

        open("/supervision/sessions");
        follow(By.id("arrangements"));
        assertAccessible();
        follow(By.cssSelector("#worker-" + data.worker + " a"));
        assertAccessible();
        browser.findElement(By.id("newlyQualifiedSince-day")).sendKeys("2");
        browser.findElement(By.id("newlyQualifiedSince-month")).sendKeys("11");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("must include a year");
        browser.findElement(By.id("newlyQualifiedSince-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#worker-" + data.worker)).contains("2 Nov 2026");

        browser.manage().deleteAllCookies();
        signInAs("worker");
        open("/supervision/sessions");
        follow(By.cssSelector("#sessions a[href$='" + session.substring(session.lastIndexOf('/') + 1) + "']"));
        assertAccessible();
        assertThat(text("#session")).contains("Maryam Hussain").contains("90 minutes");
    }

    @Test
    void theParticipationReportIsAccessible() {
        signInAs("head");
        open("/supervision/participation");
        assertAccessible();
        open("/oversight");
        follow(By.id("supervision-stats"));
        assertAccessible();
    }
}
