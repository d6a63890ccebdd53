package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 7's browser test: a worker records a missing episode for an unaccompanied asylum-seeking child, is refused a
 * future time and a return before the start, ends the episode, and sees the trafficking protocol steps with their due
 * times and the return home interview due 72 hours after the return. Every page (and each form) passes axe-core. The
 * clock is 26 Nov 2026 10:00.
 */
class MissingFromCareBrowserTest extends BrowserTest {

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void dateTime(String field, String day, String month, String year, String hour, String minute) {
        type(field + "-day", day);
        type(field + "-month", month);
        type(field + "-year", year);
        type(field + "-hour", hour);
        type(field + "-minute", minute);
    }

    @Test
    void recordAMissingEpisodeForAUascChildEndItAndSeeTheProtocolAndTheReturnInterviewDue() {
        UUID child = data.aChild().named("Dawit", "Tesfaye").born(LocalDate.of(2010, 1, 1)).uasc().create();
        signInAs("worker");
        open("/children/" + child);
        assertThat(text("#child-missing")).contains("0 episodes in the last 30 days");
        follow(By.linkText("Missing from care and UASC"));
        assertAccessible();
        assertThat(text("#protocol")).contains("National Referral Mechanism").contains("Independent Child Trafficking "
                + "Guardian");
        assertThat(text("#no-episodes")).contains("No missing episodes recorded");

        follow(By.id("record-episode"));
        assertAccessible();
        assertThat(text("#uasc-notice")).contains("trafficking protocol steps");
        browser.findElement(By.id("type")).click();
        dateTime("startedAt", "27", "11", "2026", "09", "00");
        browser.findElement(By.id("reportedToPolice")).click();
        type("policeReference", "BED-26-1234");
        browser.findElement(By.id("risk-3")).click();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("The time the child went missing must be now or in the past");
        assertThat(text("#startedAt-error")).contains("must be now or in the past");

        dateTime("startedAt", "25", "11", "2026", "22", "30");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Missing episode recorded");
        String steps = text(".protocol-steps");
        assertThat(steps).contains("Police told of the trafficking concern").contains("25 Nov 2026 23:30")
                .contains("Immediate risk assessment").contains("26 Nov 2026 00:30")
                .contains("Home Office told").contains("Independent Child Trafficking Guardian told")
                .contains("26 Nov 2026 22:30")
                .contains("National Referral Mechanism referral considered and decision recorded")
                .contains("27 Nov 2026 22:30").contains("Overdue");

        follow(By.id("end-episode"));
        assertAccessible();
        dateTime("endedAt", "25", "11", "2026", "21", "00");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary"))
                .contains("The time the child returned must be after the time they went missing")
                .contains("Enter where the child was found or returned from");
        dateTime("endedAt", "26", "11", "2026", "07", "15");
        type("whereFound", "Found by police at Luton station");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("the return home interview is now due");
        assertThat(text(".interview-due")).contains("Due by 29 Nov 2026 07:15").contains("72 hours after return");
        assertThat(text("#last-30")).isEqualTo("1");

        // each form, for axe-core, and a protocol step recorded
        follow(By.cssSelector("a[href$='/steps/nrm-decision']"));
        assertAccessible();
        browser.findElement(By.id("outcome")).click();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("National Referral Mechanism");
        assertThat(text(".protocol-steps")).contains("Referred to the NRM");
        follow(By.cssSelector("a[href$='/return-interview']"));
        assertAccessible();
        assertThat(text("#interview-due")).contains("due by 29 Nov 2026 07:15");
        open("/children/" + child + "/missing/strategy-discussions/new");
        open("/children/" + child + "/missing/age-assessment");
        open("/children/" + child + "/missing/national-transfers/new");
        open("/children/" + child);
        assertThat(text("#child-missing")).contains("1 episode in the last 30 days").contains("Trafficking protocol");
    }
}
