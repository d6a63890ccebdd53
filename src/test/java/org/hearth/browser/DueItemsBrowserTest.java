package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.oversight.internal.DueItemRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Due and overdue items on a worker's list, the child overview, the team's page and the view across teams. */
class DueItemsBrowserTest extends BrowserTest {

    @Autowired
    DueItemRepository dueItems;

    @Test
    void aWorkerSeesTheOverdueVisitAndItMovesOnceTheVisitIsRecorded() {
        UUID child = data.startCare(data.aChild().named("Maryam", "Hussain").born(LocalDate.of(2014, 3, 14))
                .create(), LocalDate.of(2026, 11, 2));
        await().atMost(Duration.ofSeconds(10)).until(() -> !dueItems.forChild(child).isEmpty());

        signInAs("worker");
        follow(By.linkText("My work"));
        assertAccessible();
        assertThat(text("#due-items")).contains("9 Nov 2026").contains("Overdue").contains("Maryam Hussain")
                .contains("Social worker visit");
        follow(By.linkText("Maryam Hussain"));
        assertAccessible();
        assertThat(text("#child-due-items")).contains("Social worker visit").contains("No visit since the placement");

        // the flag links to the form where the visit is recorded
        follow(By.cssSelector("#child-due-items a[href$='/activity/visits/new']"));
        assertAccessible();
        browser.findElement(By.id("date-day")).sendKeys("20");
        browser.findElement(By.id("date-month")).sendKeys("11");
        browser.findElement(By.id("date-year")).sendKeys("2026");
        browser.findElement(By.id("seen")).click();
        browser.findElement(By.id("location")).click();
        follow(By.id("save"));
        assertThat(text(".govuk-notification-banner--success")).contains("Social worker visit recorded");
        await().atMost(Duration.ofSeconds(10)).until(() -> dueItems.forChild(child).stream()
                .anyMatch(s -> s.item().dueBy().equals(LocalDate.of(2027, 1, 1))));
        open("/children/" + child);
        assertThat(text("#child-due-items")).doesNotContain("Social worker visit");
        open("/my-work");
        assertThat(text("#due-items")).doesNotContain("Social worker visit");
        open("/my-work?sort=kind");
    }

    @Test
    void aManagerSeesTheTeamAndTheHeadOfServiceEveryTeam() {
        UUID child = data.startCare(data.aChild().named("Leo", "Walsh").create(), LocalDate.of(2026, 11, 2));
        await().atMost(Duration.ofSeconds(10)).until(() -> !dueItems.forChild(child).isEmpty());

        signInAs("manager");
        open("/teams/" + data.northTeam + "/due-items");
        assertThat(text("#workers")).contains("Worker").contains("3");
        assertThat(text("#due-items")).contains("Leo Walsh");
        open("/teams/" + data.northTeam + "/due-items?worker=" + data.worker + "&sort=child");
        open("/teams/" + data.southTeam + "/due-items");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");

        browser.manage().deleteAllCookies();
        signInAs("head");
        follow(By.linkText("Due across teams"));
        assertAccessible();
        follow(By.linkText("Children in Care North"));
        assertAccessible();
        assertThat(text("#due-items")).contains("Leo Walsh");
    }
}
