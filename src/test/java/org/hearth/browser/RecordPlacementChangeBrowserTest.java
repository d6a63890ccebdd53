package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The core journey: sign in, find a child, record a placement change, see it on the record. */
class RecordPlacementChangeBrowserTest extends BrowserTest {

    @Test
    void aSocialWorkerFindsAChildAndRecordsAPlacementChange() {
        UUID child = data.aChild().named("Maryam", "Hussain").localChildId("CB100234").create();
        data.startCare(child, LocalDate.of(2025, 6, 2));

        signInAs("worker");
        assertThat(browser.getCurrentUrl()).contains("/caseload");
        assertAccessible();
        assertThat(browser.getPageSource()).contains("Maryam Hussain");

        open("/children/search");
        browser.findElement(By.id("q")).sendKeys("Mariam Husain");
        follow(By.id("search-button"));
        assertAccessible();
        follow(By.linkText("Maryam Hussain"));
        assertAccessible();
        assertThat(text("#current-carer")).isEqualTo("Mr and Mrs Okafor");

        follow(By.linkText("Change placement"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter the date");

        browser.findElement(By.id("date-day")).sendKeys("10");
        browser.findElement(By.id("date-month")).sendKeys("11");
        browser.findElement(By.id("date-year")).sendKeys("2026");
        new Select(browser.findElement(By.id("placementType"))).selectByValue("U4");
        new Select(browser.findElement(By.id("carerId"))).selectByValue(data.otherFosterHousehold.toString());
        new Select(browser.findElement(By.id("placementProvider"))).selectByValue("PR4");
        new Select(browser.findElement(By.id("reasonForPlacementChange"))).selectByValue("CARPL");
        follow(By.id("save"));

        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Change placement: recorded");
        assertThat(text("#current-carer")).isEqualTo("Ms Hughes");
        String history = text("#episode-history");
        assertThat(history).contains("10 Nov 2026").contains("P – Change of placement and carer(s) only")
                .contains("X1 – Episode ceases and new episode begins on same day");
    }
}
