package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * A form submitted after the session has expired is not thrown away: the user signs in again and saves what they
 * typed.
 */
class ExpiredSessionKeepsTypedWorkBrowserTest extends BrowserTest {

    @Test
    void typedDetailsSurviveTheSessionExpiring() {
        signInAs("worker");
        open("/children/new");
        browser.findElement(By.id("localChildId")).sendKeys("CB777001");
        browser.findElement(By.id("firstName")).sendKeys("Noah");
        browser.findElement(By.id("lastName")).sendKeys("Adeyemi");
        browser.findElement(By.id("dateOfBirth-day")).sendKeys("4");
        browser.findElement(By.id("dateOfBirth-month")).sendKeys("9");
        browser.findElement(By.id("dateOfBirth-year")).sendKeys("2015");
        new Select(browser.findElement(By.id("sex"))).selectByValue("M");
        new Select(browser.findElement(By.id("ethnicity"))).selectByValue("BAFR");

        // the session times out while the worker is typing: the server no longer knows the session id
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie("JSESSIONID", "EXPIRED0000000000000000000000000"));
        follow(By.id("save"));

        assertThat(browser.getCurrentUrl()).contains("/login");
        assertAccessible();
        assertThat(browser.getPageSource()).contains("What you were saving has been kept");
        browser.findElement(By.id("username")).sendKeys("worker");
        browser.findElement(By.id("password")).sendKeys(org.hearth.support.TestData.PASSWORD);
        follow(By.id("sign-in"));

        assertThat(browser.getCurrentUrl()).contains("/resume");
        assertAccessible();
        assertThat(browser.getPageSource()).contains("Noah").contains("Adeyemi").contains("CB777001");
        follow(By.cssSelector("button.govuk-button"));

        assertAccessible();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Noah Adeyemi");
        assertThat(data.count("child")).isEqualTo(1);
    }
}
