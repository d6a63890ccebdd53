package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * The chronology journey: a placement change arrives as an automatic entry, a manual entry is added and amended with
 * its history kept, the summary and signposting sit at the top, and the court PDF lists the entries in order.
 */
class ChronologyBrowserTest extends BrowserTest {

    @Test
    void aWorkerKeepsAChronologyAndPrintsItForCourt() throws Exception {
        UUID child = data.aChild().named("Maryam", "Hussain").localChildId("CB200345").create();
        data.startCare(child, LocalDate.of(2025, 6, 2));

        signInAs("worker");
        open("/children/" + child);
        follow(By.linkText("Change placement"));
        browser.findElement(By.id("date-day")).sendKeys("10");
        browser.findElement(By.id("date-month")).sendKeys("11");
        browser.findElement(By.id("date-year")).sendKeys("2026");
        new Select(browser.findElement(By.id("placementType"))).selectByValue("U4");
        new Select(browser.findElement(By.id("carerId"))).selectByValue(data.otherFosterHousehold.toString());
        new Select(browser.findElement(By.id("placementProvider"))).selectByValue("PR4");
        new Select(browser.findElement(By.id("reasonForPlacementChange"))).selectByValue("CARPL");
        follow(By.id("save"));

        // the entry arrives after the change commits, from the chronology's own listener
        await().atMost(Duration.ofSeconds(15)).until(() -> data.ownerJdbc().queryForObject(
                "SELECT count(*) FROM chronology_entry WHERE child_id = ? AND title = 'Moved placement'", Long.class,
                child) == 1);
        follow(By.id("chronology-link"));
        assertAccessible();
        assertThat(text("#entries")).contains("Moved placement").contains("Key event").contains("with Ms Hughes")
                .contains("Became looked after");
        assertThat(text("#signposting")).contains("Chronologies of earlier periods");

        follow(By.id("add-entry"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter the date of the event").contains("Select the category")
                .contains("Enter a short title");
        browser.findElement(By.id("eventDate-month")).sendKeys("9");
        browser.findElement(By.id("eventDate-year")).sendKeys("2025");
        new Select(browser.findElement(By.id("category"))).selectByValue("EDUCATION");
        browser.findElement(By.id("title")).sendKeys("Started at Priory Academy");
        browser.findElement(By.id("source")).sendKeys("Designated teacher");
        browser.findElement(By.id("actionTaken")).sendKeys("None");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Entry added");
        assertThat(text("#entries")).contains("September 2025").contains("Started at Priory Academy");

        follow(By.linkText("Started at Priory Academy"));
        assertAccessible();
        browser.findElement(By.id("title")).clear();
        browser.findElement(By.id("title")).sendKeys("Started at Priory School");
        browser.findElement(By.id("reason")).sendKeys("The school's name was wrong");
        follow(By.id("save-amendment"));
        assertAccessible();
        assertThat(text("h1")).isEqualTo("Started at Priory School");
        assertThat(text("#history")).contains("Amended by Worker").contains("The school's name was wrong")
                .contains("Started at Priory Academy");

        open("/children/" + child + "/chronology/summary");
        browser.findElement(By.id("whoTheChildIs")).sendKeys("Maryam, 12, lives with foster carers.");
        browser.findElement(By.id("whyLookedAfter")).sendKeys("Neglect at home.");
        browser.findElement(By.id("keyHistory")).sendKeys("Came into care in June 2025.");
        browser.findElement(By.id("currentPlan")).sendKeys("Long-term fostering.");
        follow(By.id("save"));
        assertThat(text("#case-history-summary")).contains("Neglect at home.").contains("Last reviewed by Worker");

        open("/children/" + child + "/chronology/signposts/new");
        browser.findElement(By.id("heldIn")).sendKeys("Paper file");
        browser.findElement(By.id("reference")).sendKeys("Box 14, file 2231");
        follow(By.id("save"));
        assertThat(text("#signposting")).contains("Paper file, reference Box 14, file 2231");

        open("/children/" + child + "/people");
        follow(By.id("add-person"));
        assertAccessible();
        browser.findElement(By.id("name")).sendKeys("Sarah Jones");
        browser.findElement(By.id("relationship")).sendKeys("Mother");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#people")).contains("Sarah Jones");
        open("/children/" + child + "/chronology/new");
        assertThat(browser.findElement(By.cssSelector("#people-around-the-child option")).getAttribute("value"))
                .isEqualTo("Sarah Jones (Mother)");
        open("/children/" + child + "/chronology/quick-add");
        open("/children/" + child + "/chronology/print");
        open("/children/" + child + "/chronology/court");

        String pdf = courtPdfText(child);
        assertThat(pdf).contains("Chronology of Maryam Hussain").contains("Serial").contains("Source or reference");
        int becameLookedAfter = pdf.indexOf("Became looked after");
        int school = pdf.indexOf("Started at Priory School");
        int moved = pdf.indexOf("Moved placement");
        assertThat(becameLookedAfter).isPositive();
        assertThat(school).isGreaterThan(becameLookedAfter);
        assertThat(moved).isGreaterThan(school);
        assertThat(pdf).doesNotContain("Priory Academy");
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? AND action = "
                + "'EXPORT' AND what LIKE 'chronology export: court PDF%'", Long.class, child)).isEqualTo(1);
    }

    /** Downloads the court PDF with the browser's session, as clicking the button would, and reads its text. */
    private String courtPdfText(UUID child) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(
                "/children/" + child + "/chronology/export?format=pdf&variant=court&choice=all")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
