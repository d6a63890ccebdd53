package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A social worker records a visit from the child's record and sees it listed; the forms of each field type are accessible. */
class RecordVisitBrowserTest extends BrowserTest {

    @Test
    void aSocialWorkerRecordsAVisitAndSeesItListed() {
        UUID child = data.aChild().named("Maryam", "Hussain").create();
        data.startCare(child, LocalDate.of(2025, 6, 2));

        signInAs("worker");
        open("/children/" + child);
        follow(By.id("statutory-activity"));
        assertAccessible();
        assertThat(text("#latest-visits")).contains("None recorded");

        follow(By.id("record-visits"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter the date of the visit")
                .contains("Select an answer: Was the child seen?");

        browser.findElement(By.id("date-day")).sendKeys("20");
        browser.findElement(By.id("date-month")).sendKeys("11");
        browser.findElement(By.id("date-year")).sendKeys("2026");
        browser.findElement(By.id("seen-3")).click();
        browser.findElement(By.id("location")).click();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter why the child was not seen");

        browser.findElement(By.id("seen")).click();
        follow(By.id("save"));

        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Social worker visit recorded");
        assertThat(text("#latest-visits")).contains("20 Nov 2026").contains("Seen alone, where the child lives");
        assertThat(text("#activity-history")).contains("Social worker visit").contains("Worker");

        follow(By.partialLinkText("Correct"));
        assertAccessible();
        assertThat(text("#saved-now")).contains("20 November 2026");
    }

    @Test
    void theFormsOfEachFieldTypeAreAccessible() {
        UUID child = data.aChild().born(LocalDate.of(2023, 1, 1)).create();
        signInAs("worker");
        for (String kind : new String[] {"reviews", "development-checks", "sdq-scores", "substance-misuse"}) {
            open("/children/" + child + "/activity/" + kind + "/new");
            follow(By.id("save"));
            assertAccessible();
            assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).as(kind).isNotEmpty();
        }
    }
}
