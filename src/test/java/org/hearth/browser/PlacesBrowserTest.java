package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.places.ContactsDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The places pages (issue 6), each checked with axe: the administrator's imports, the contacts directory and its
 * forms, and a young person living out of area with their letter and the record that they were given the contacts.
 */
class PlacesBrowserTest extends BrowserTest {

    @Autowired
    ContactsDirectory contacts;

    private void someContacts() {
        contacts.importCsv(null, new ByteArrayInputStream("""
                authority_code,service,name,phone,email,address,website,last_verified_on
                E08000025,LEAVING_CARE,Birmingham Leaving Care,01632 960001,lc@example.org,1 Example Street,https://example.org/lc,2026-10-01
                E08000025,HEALTH,Care leavers' health,01632 960002,,,,2025-01-01
                """.getBytes(StandardCharsets.UTF_8)), "contacts.csv");
    }

    @Test
    void anAdministratorImportsTheLookupAndSeesTheReport() {
        data.postcodeSample();
        signInAs("admin");
        open("/");
        follow(By.linkText("Postcodes and local authorities"));
        assertAccessible();
        assertThat(text("#counts")).contains("227");
        follow(By.id("upload-lookup"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Choose the ONS LTLA to UTLA lookup file");
        browser.findElement(By.id("lookupFile")).sendKeys(Path.of("src/test/resources/places/ltla-to-utla-sample.csv")
                .toAbsolutePath().toString());
        follow(By.id("upload-lookup"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("16 districts");
        assertThat(browser.getPageSource()).contains("E08000038");
        open("/local-authorities");
    }

    @Test
    void aManagerKeepsTheContactsDirectory() {
        data.postcodeSample();
        someContacts();
        signInAs("manager");
        follow(By.linkText("Local authorities"));
        assertAccessible();
        assertThat(text("#authorities")).contains("Birmingham");
        open("/local-authorities?q=birm&show=stale");
        assertThat(text("#authorities")).contains("Birmingham").doesNotContain("Camden");
        follow(By.linkText("Birmingham"));
        assertAccessible();
        assertThat(browser.getPageSource()).contains("Not verified in the last 12 months");
        follow(By.id("add-contact"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Choose the service").contains("Enter the name");
        new Select(browser.findElement(By.id("service"))).selectByValue("HOUSING_OPTIONS");
        browser.findElement(By.id("name")).sendKeys("Birmingham Housing Options");
        browser.findElement(By.id("phone")).sendKeys("01632 960010");
        browser.findElement(By.id("lastVerifiedOn-day")).sendKeys("1");
        browser.findElement(By.id("lastVerifiedOn-month")).sendKeys("11");
        browser.findElement(By.id("lastVerifiedOn-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Contact added");
        assertThat(browser.getPageSource()).contains("Birmingham Housing Options");
        follow(By.xpath("//a[contains(., 'Change') and contains(., 'Housing options')]"));
        assertAccessible();
        browser.findElement(By.id("phone")).clear();
        browser.findElement(By.id("phone")).sendKeys("01632 960011");
        follow(By.id("save"));
        assertThat(browser.getPageSource()).contains("01632 960011");
    }

    @Test
    void aWorkerGivesAYoungPersonLivingOutOfAreaTheirContacts() {
        data.postcodeSample();
        someContacts();
        UUID youngPerson = data.aChild().named("Jordan", "Mensah").born(LocalDate.of(2009, 5, 1)).create();
        data.ownerJdbc().update("UPDATE child SET current_postcode = 'B1 1SY' WHERE id = ?", youngPerson);
        signInAs("worker");
        open("/children/" + youngPerson);
        assertThat(text("#child-residence")).contains("Lives in Birmingham").contains("Birmingham Leaving Care");
        follow(By.linkText("Letter for the young person"));
        assertAccessible();
        assertThat(text("h1")).isEqualTo("People who can help you in Birmingham");
        open("/children/" + youngPerson + "/authority-contacts-given/new");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter the date").contains("Select how");
        browser.findElement(By.id("givenOn-day")).sendKeys("20");
        browser.findElement(By.id("givenOn-month")).sendKeys("11");
        browser.findElement(By.id("givenOn-year")).sendKeys("2026");
        browser.findElement(By.id("how")).click();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#contacts-given")).contains("20 November 2026").contains("in person");
    }

    @Test
    void aChildWhosePostcodeIsNotInTheDirectory() {
        data.postcodeSample();
        UUID child = data.aChild().create();
        data.ownerJdbc().update("UPDATE child SET current_postcode = 'LU5 4QZ' WHERE id = ?", child);
        signInAs("worker");
        open("/children/" + child);
        assertThat(text("#child-residence")).contains("was not found in the postcode directory");
    }
}
