package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A performance officer checks a return from another system on the page (issue 8), each state checked with axe. */
class ReturnCheckBrowserTest extends BrowserTest {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";

    @TempDir
    Path dir;

    @Test
    void aPerformanceOfficerChecksAReturnAndSeesFindingsByRuleThenChild() throws IOException {
        data.aChild().localChildId("CHK1").create();
        Path header = Files.writeString(dir.resolve("header.csv"), HEADER + "CHK1,X,01/01/2015,WBRI,UN1,,\n"
                + "CHK2,M,31/02/2014,WBRI,UN1,,\n");
        Path broken = Files.writeString(dir.resolve("episodes.csv"), "CHILD,DECOM\n1,01/04/2026\n");

        signInAs("performance");
        open("/");
        follow(By.linkText("903 return"));
        follow(By.linkText("Check a return from another system"));
        follow(By.id("check"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Choose the return's files");

        browser.findElement(By.id("files")).sendKeys(broken.toAbsolutePath().toString());
        follow(By.id("check"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("episodes.csv: The columns do not match any 903 table");
        assertThat(text("#read-problems")).contains("nearest is Episodes");

        browser.findElement(By.id("year")).click();
        browser.findElement(By.id("files")).sendKeys(header.toAbsolutePath().toString());
        follow(By.id("check"));
        assertAccessible();
        assertThat(text("#rule-101")).contains("Rule 101: 1 finding");
        assertThat(text("#results")).contains("reported sex is not valid", "Date of birth is not a valid date");
        assertThat(browser.findElement(By.linkText("CHK1")).getAttribute("href")).contains("/children/");
        assertThat(browser.findElements(By.linkText("CHK2"))).as("no Hearth record: no link").isEmpty();
    }
}
