package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The care leavers pages in a browser, each checked with axe-core: the record, every form, the cohort page. */
class CareLeaversBrowserTest extends BrowserTest {

    @Test
    void aWorkerRecordsAYoungPersonsLeavingCareAndOverridesARating() {
        UUID child = data.aChild().named("Jade", "Morris").born(LocalDate.of(2007, 1, 1)).create();
        data.startCare(child, LocalDate.of(2021, 1, 1));
        data.record(child, new EpisodeCommand(EpisodeCommandType.END_CARE, LocalDate.of(2025, 1, 1), null, null,
                null, null, null, null, null, null, "E8"));
        org.hearth.chronology.ChronologyTestSupport.settled(data);
        signInAs("worker");
        open("/children/" + child);
        follow(By.linkText("Leaving care record"));
        assertAccessible();
        assertThat(text("#category")).contains("Former relevant");

        for (String form : new String[] {"adviser", "in-touch", "accommodation", "staying-put", "circumstances"}) {
            open("/children/" + child + "/leaving-care/" + form);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        }
        open("/children/" + child + "/leaving-care/activity");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Select the main activity").contains("Enter the start date");
        new Select(browser.findElement(By.id("code"))).selectByValue("G5");
        browser.findElement(By.id("since-day")).sendKeys("1");
        browser.findElement(By.id("since-month")).sendKeys("6");
        browser.findElement(By.id("since-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Main activity recorded");
        assertThat(text("#rag")).contains("Not in education, employment or training for more than 3 months");

        follow(By.id("give-ratings"));
        assertAccessible();
        browser.findElement(By.id("eetRating-2")).click();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter why the rating differs from the suggested red");
        browser.findElement(By.id("eetRatingReason")).sendKeys("Starts an apprenticeship next week");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#rag")).contains("Overridden by Worker").contains("Starts an apprenticeship next week");

        open("/care-leavers");
        assertThat(text("#cohort")).contains("Jade Morris");
        assertThat(text("#kpis")).contains("19 to 21 (DfE)");
        new Select(browser.findElement(By.id("rating"))).selectByValue("RED");
        follow(By.id("apply"));
        assertAccessible();
        follow(By.linkText("EET"));
        assertAccessible();
    }
}
