package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.children.internal.ChildService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker records a child's permanence (previous permanence, a decision to place for adoption and its reversal, a
 * Deprivation of Liberty Order) and sees a conflict when someone else saved first; a performance officer validates
 * the year's return from Hearth's records and follows a finding to the child. Every page passes axe-core.
 */
class PermanenceAndReturnBrowserTest extends BrowserTest {

    @Autowired
    ChildService children;

    @Test
    void aWorkerRecordsPermanence() {
        UUID child = data.startCare(data.aChild().named("Jade", "Morris").born(LocalDate.of(2014, 3, 14)).create(),
                LocalDate.of(2025, 1, 10));
        signInAs("worker");
        open("/children/" + child);
        assertThat(text("#child-permanence")).contains("Previous permanence not recorded");
        follow(By.id("permanence-link"));
        assertAccessible();

        follow(By.id("record-previous"));
        assertAccessible();
        browser.findElement(By.id("option-5")).click(); // Z1, no previous permanence option
        browser.findElement(By.id("localAuthority")).sendKeys("821");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Leave the council blank");
        browser.findElement(By.id("localAuthority")).clear();
        browser.findElement(By.id("option-2")).click(); // P2
        browser.findElement(By.id("localAuthority")).sendKeys("821");
        browser.findElement(By.id("orderDate-month")).sendKeys("5");
        browser.findElement(By.id("orderDate-year")).sendKeys("2019");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#previous-permanence")).contains("Special guardianship order").contains("zz/05/2019");

        follow(By.id("add-decision"));
        assertAccessible();
        browser.findElement(By.id("decidedOn-day")).sendKeys("1");
        browser.findElement(By.id("decidedOn-month")).sendKeys("2");
        browser.findElement(By.id("decidedOn-year")).sendKeys("2026");
        browser.findElement(By.id("reversedOn-day")).sendKeys("1");
        browser.findElement(By.id("reversedOn-month")).sendKeys("5");
        browser.findElement(By.id("reversedOn-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Choose the reason the child should no longer be placed");
        browser.findElement(By.id("reversalReason-3")).click();
        follow(By.id("save"));
        assertThat(text("#decisions")).contains("1 February 2026").contains("Prospective adopters could not be found");

        follow(By.id("add-order"));
        assertAccessible();
        browser.findElement(By.id("startedOn-day")).sendKeys("1");
        browser.findElement(By.id("startedOn-month")).sendKeys("6");
        browser.findElement(By.id("startedOn-year")).sendKeys("2026");
        follow(By.id("save"));
        assertThat(text("#orders")).contains("1 June 2026").contains("In force");

        // someone else ends the order while this worker has the form open
        follow(By.cssSelector("#orders a"));
        assertAccessible();
        data.ownerJdbc().update("UPDATE deprivation_of_liberty_order SET version = version + 1");
        browser.findElement(By.id("endedOn-day")).sendKeys("1");
        browser.findElement(By.id("endedOn-month")).sendKeys("9");
        browser.findElement(By.id("endedOn-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Someone else changed this record");
        follow(By.id("save"));
        assertThat(text("#orders")).contains("1 September 2026");
    }

    @Test
    void aPerformanceOfficerValidatesTheYearAndFollowsAFindingToTheChild() {
        UUID child = data.startCare(data.aChild().localChildId("V1").born(LocalDate.of(2014, 3, 14)).create(),
                LocalDate.of(2026, 5, 1));
        // a restricted record the officer is not named on: left out of the return, and said so
        UUID restricted = data.startCare(data.aChild().localChildId("V2").born(LocalDate.of(2012, 1, 1)).create(),
                LocalDate.of(2026, 6, 1));
        children.restrict(data.currentUser(data.head), restricted, "Adoption placement");
        signInAs("performance");
        follow(By.linkText("903 return"));
        assertAccessible();
        assertThat(text("h1")).contains("2026-27");
        assertThat(text("#summary")).contains("1 children in the return");
        assertThat(text("#left-out")).contains("1 child who belongs in this return has a restricted record");
        follow(By.id("validate-again"));
        assertAccessible();
        if (!browser.findElements(By.cssSelector("section[id^='rule-'] a")).isEmpty()) {
            follow(By.cssSelector("section[id^='rule-'] a"));
            assertThat(browser.getCurrentUrl()).endsWith("/children/" + child);
        }
    }
}
