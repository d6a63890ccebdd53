package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Before the session times out the user is warned and offered to stay signed in. Chromium's virtual time runs the page's
 * timers forward, so the test does not wait half an hour.
 */
class SessionTimeoutWarningBrowserTest extends BrowserTest {

    @Test
    void theWarningAppearsTwoMinutesBeforeTheSessionEnds() {
        // a tab of its own: virtual time stays with the tab, which is closed at the end
        String mainTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        try {
            warnsBeforeTimeout();
        } finally {
            browser.close();
            browser.switchTo().window(mainTab);
        }
    }

    private void advancePageClock(Duration by) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setVirtualTimePolicy",
                Map.of("policy", "advance", "budget", by.toMillis()));
        try {
            Thread.sleep(500); // let the page run the timers that fall due
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void warnsBeforeTimeout() {
        signInAs("worker");
        open("/children/search");
        var warning = browser.findElement(By.id("session-timeout-warning"));
        assertThat(warning.isDisplayed()).isFalse();

        // 30 minute sessions warn 2 minutes before the end: not at 27 minutes, but by 28
        advancePageClock(Duration.ofMinutes(27));
        assertThat(warning.isDisplayed()).isFalse();
        advancePageClock(Duration.ofSeconds(65));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> warning.isDisplayed());
        // its accessibility is checked without virtual time, in PagesAreAccessibleBrowserTest
        assertThat(warning.getText()).contains("You will be signed out soon");

        // the "Stay signed in" button posts to /session/keep-alive (SessionKeepAliveTest); the page's fetch
        // cannot complete under paused virtual time, so this test stops at the warning
    }
}
