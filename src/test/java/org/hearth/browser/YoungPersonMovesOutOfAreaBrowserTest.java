package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.chronology.ChronologyTestSupport;
import org.hearth.places.ContactsDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6's journey for a personal adviser: a care leaver moves to Birmingham; their new postcode puts them in the
 * out-of-area list with Birmingham's contacts on their record; the adviser makes an action plan and overrides a RAG
 * rating with a reason.
 */
class YoungPersonMovesOutOfAreaBrowserTest extends BrowserTest {

    @Autowired
    ContactsDirectory contacts;

    @Test
    void aCareLeaverWhoMovesToBirminghamIsOutOfAreaWithBirminghamsContacts() {
        data.postcodeSample();
        contacts.importCsv(null, new ByteArrayInputStream("""
                authority_code,service,name,phone,email,address,website,last_verified_on
                E08000025,LEAVING_CARE,Birmingham Leaving Care,01632 960001,lc@example.org,1 Example Street,https://example.org/lc,2026-10-01
                E08000025,YOUTH_SUPPORT,Birmingham Youth Support,01632 960002,ys@example.org,,,2026-09-01
                """.getBytes(StandardCharsets.UTF_8)), "contacts.csv");
        UUID youngPerson = data.aChild().named("Kai", "Rowe").born(LocalDate.of(2006, 3, 1))
                .inTeam(data.leavingCareTeam).allocatedTo(data.personalAdviser).create();
        data.startCare(youngPerson, LocalDate.of(2020, 1, 6));
        data.record(youngPerson, new EpisodeCommand(EpisodeCommandType.END_CARE, LocalDate.of(2024, 3, 1), null,
                null, null, null, null, null, null, null, "E8"));
        ChronologyTestSupport.settled(data);

        signInAs("adviser");
        open("/care-leavers?area=out");
        assertThat(text("main")).doesNotContain("Kai Rowe");

        open("/children/" + youngPerson + "/edit");
        browser.findElement(By.id("currentPostcode")).clear();
        browser.findElement(By.id("currentPostcode")).sendKeys("b1 1sy");
        follow(By.id("save"));
        assertAccessible();
        ChronologyTestSupport.settled(data);

        open("/care-leavers");
        new Select(browser.findElement(By.id("area"))).selectByValue("out");
        follow(By.id("apply"));
        assertAccessible();
        assertThat(text("#cohort")).contains("Kai Rowe").contains("Birmingham").contains("Out of area");
        follow(By.linkText("Kai Rowe"));
        assertAccessible();
        assertThat(text("#lives")).contains("B1 1SY, Birmingham: out of area");
        follow(By.id("contacts-there"));
        assertThat(text("#child-residence")).contains("Lives in Birmingham").contains("Birmingham Leaving Care")
                .contains("Birmingham Youth Support");

        open("/children/" + youngPerson + "/action-plans");
        follow(By.id("new-plan"));
        browser.findElement(By.id("purpose")).sendKeys("Settling in Birmingham and finding work");
        browser.findElement(By.id("actions[0].description")).sendKeys("Introduce Kai to Birmingham Youth Support");
        new Select(browser.findElement(By.id("actions[0].ownerRole"))).selectByValue("PERSONAL_ADVISER");
        browser.findElement(By.id("actions[0].ownerName")).sendKeys("Kai's personal adviser");
        browser.findElement(By.id("actions[0].dueOn-day")).sendKeys("11");
        browser.findElement(By.id("actions[0].dueOn-month")).sendKeys("12");
        browser.findElement(By.id("actions[0].dueOn-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("main")).contains("Settling in Birmingham and finding work")
                .contains("Introduce Kai to Birmingham Youth Support");

        open("/children/" + youngPerson + "/leaving-care");
        follow(By.id("give-ratings"));
        browser.findElement(By.cssSelector("input[name=eetRating][value=GREEN]")).click();
        follow(By.id("save"));
        assertThat(text(".govuk-error-summary")).contains("Enter why the rating differs from the suggested");
        browser.findElement(By.id("eetRatingReason")).sendKeys("Starts work at a Birmingham warehouse on Monday");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#rag")).contains("Starts work at a Birmingham warehouse on Monday");
    }
}
