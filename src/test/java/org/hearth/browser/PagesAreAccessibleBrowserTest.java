package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Every page, as the users who see it, passes axe-core with no serious or critical violations. */
class PagesAreAccessibleBrowserTest extends BrowserTest {

    @Test
    void signInPagesIncludingAFailedAttempt() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("worker");
        browser.findElement(By.id("password")).sendKeys("wrong");
        follow(By.id("sign-in"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter a correct username and password");
        open("/login?expired&kept");
        open("/login?signedOut");
    }

    @Test
    void aSocialWorkersPages() {
        UUID inCare = data.startCare(data.aChild().named("Leo", "Walsh").create(), LocalDate.of(2024, 2, 1));
        UUID notInCare = data.aChild().named("Ivy", "Barnes").create();
        UUID southChild = data.aChild().named("Ben", "Shaw").inTeam(data.southTeam).allocatedTo(data.otherWorker)
                .create();
        signInAs("worker");
        open("/caseload");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('session-timeout-warning').hidden = false");
        assertAccessible();
        open("/caseload?status=IN_CARE&uasc=true");
        open("/children/search?q=walsh");
        assertThat(browser.getTitle()).isEqualTo("Find a child – Hearth – Central Bedfordshire");
        open("/children/" + inCare);
        open("/children/new");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter the local child ID");
        open("/children/" + inCare + "/edit");
        // mother status (903 MOTHER, MC_DOB): a mother without her first child's date of birth is refused
        browser.findElement(By.id("mother")).click();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter the date of birth of her first child");
        // convictions and youth cautions (903 OC2 CONVICTED): the form, refused empty, and the child's activity
        open("/children/" + inCare + "/activity/youth-justice-outcomes/new");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("What was it?");
        open("/children/" + inCare + "/activity");
        open("/children/" + notInCare + "/episodes/start-care");
        for (String command : new String[] {"change-placement", "change-legal-status",
            "change-legal-status-and-placement", "end-care"}) {
            open("/children/" + inCare + "/episodes/" + command);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        }
        open("/carers");
        open("/carers/new");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter the household or setting name");
        browser.findElement(By.id("name")).sendKeys("Mr and Mrs Patel");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("FOSTER_HOUSEHOLD");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("approvalType"))).selectByValue("MAINSTREAM");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Mr and Mrs Patel added");
        open("/children/" + inCare + "/episodes/undo");
        follow(By.id("undo"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter why the change is being undone");
        open("/children/" + southChild);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        open("/children/" + UUID.randomUUID());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    @Test
    void aManagersAndHeadOfServicesPages() {
        UUID child = data.startCare(data.aChild().named("Zara", "Khan").create(), LocalDate.of(2024, 2, 1));
        signInAs("manager");
        open("/children/" + child);
        open("/children/" + child + "/access-log");
        assertThat(browser.getPageSource()).contains("child overview");
        browser.manage().deleteAllCookies();
        signInAs("head");
        open("/children/" + child + "/restriction");
        browser.findElement(By.id("reason")).sendKeys("Relative of a member of staff");
        follow(By.cssSelector("button.govuk-button--warning"));
        assertAccessible();
        assertThat(browser.getPageSource()).contains("People who can see this record");
    }

    @Test
    void anAdministratorsStartPage() {
        signInAs("admin");
        assertAccessible();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Administration");
        follow(By.linkText("Users"));
        assertAccessible();
        follow(By.linkText("Add a user"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Select at least one role");
        open("/admin/users/" + data.worker);
        data.aChild().create();
        open("/admin/reallocations?from=" + data.worker);
        follow(By.id("reallocate"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter why the children are being reallocated");
        open("/");
        follow(By.linkText("Local settings"));
        assertAccessible();
        follow(By.linkText("Longest gap between visits in a placement's first year"));
        assertAccessible();
        browser.findElement(By.id("value")).sendKeys("four weeks");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter a period such as 6 weeks")
                .contains("Enter the date the new value takes effect from").contains("Enter why the setting is changing");
        browser.findElement(By.id("value")).clear();
        browser.findElement(By.id("value")).sendKeys("4 weeks");
        browser.findElement(By.id("effectiveFrom-day")).sendKeys("1");
        browser.findElement(By.id("effectiveFrom-month")).sendKeys("4");
        browser.findElement(By.id("effectiveFrom-year")).sendKeys("2027");
        browser.findElement(By.id("reason")).sendKeys("Corporate parenting board");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#history")).contains("P28D").contains("1 Apr 2027").contains("Corporate parenting board");
        open("/admin/policies/document.leaving-care-offer");
        assertThat(browser.findElement(By.id("value")).getTagName()).isEqualTo("textarea");
        follow(By.linkText("See the page as young people see it"));
        assertAccessible();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your leaving care offer");
        follow(By.id("print-link"));
        assertAccessible();
        open("/complaints");
        assertThat(text("#document")).contains("Stage 1");
        open("/");
        follow(By.linkText("Bank holidays"));
        assertAccessible();
        assertThat(browser.getPageSource()).contains("2027 (8 bank holidays)");
        follow(By.id("upload"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Choose the bank holidays file to upload");
    }
}
