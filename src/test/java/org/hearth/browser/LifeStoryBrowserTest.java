package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.hearth.lifestory.internal.AttachmentCheckerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A worker records life story work, uploads a photo and sees it, and is told clearly when the "photo" is a program;
 * then curates the child's life story timeline. Every page passes axe-core.
 */
class LifeStoryBrowserTest extends BrowserTest {

    @TempDir
    Path files;

    private long naturalWidth(String cssSelector) {
        Object width = ((JavascriptExecutor) browser).executeScript("const img = document.querySelector(arguments[0]);"
                + " return img && img.complete ? img.naturalWidth : -1;", cssSelector);
        return ((Number) width).longValue();
    }

    @Test
    void aWorkerRecordsLifeStoryWorkUploadsAPhotoAndViewsIt() throws Exception {
        UUID child = data.startCare(data.aChild().named("Jade", "Morris").create(), java.time.LocalDate.of(2025, 1,
                10));
        signInAs("worker");
        open("/children/" + child);
        assertThat(text("#child-life-story")).contains("No life story work recorded");
        follow(By.cssSelector("#child-life-story a[href$='/life-story']"));
        assertAccessible();
        assertThat(text("#no-items")).contains("No life story work recorded yet");

        follow(By.id("new-item"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Choose the kind of life story work").contains(
                "Enter a title").contains("Enter who is doing the work").contains("Enter when the work is planned for");
        browser.findElement(By.id("kind-LIFE_STORY_BOOK")).click();
        browser.findElement(By.id("title")).sendKeys("My first years");
        browser.findElement(By.id("status-IN_PROGRESS")).click();
        browser.findElement(By.id("doneBy")).sendKeys("Sam with Jade's foster carer");
        browser.findElement(By.id("childInvolvement")).sendKeys("Jade chose the photos of her brother");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Life story work recorded");
        assertThat(text("#involvement")).contains("Jade chose the photos of her brother");

        // a photo, uploaded as a file chosen from the computer
        Path photo = files.resolve("seaside.jpg");
        Files.write(photo, AttachmentCheckerTest.jpeg(640, 480));
        follow(By.id("upload"));
        assertAccessible();
        browser.findElement(By.id("file")).sendKeys(photo.toString());
        browser.findElement(By.id("description")).sendKeys("Jade at the seaside");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-notification-banner--success")).contains("Photo uploaded");
        assertThat(text("h1")).isEqualTo("Jade at the seaside");
        assertThat(naturalWidth("#photo")).isEqualTo(640);
        assertThat(text("#about-the-file")).contains("seaside.jpg").contains("640 × 480 pixels");

        // a program named .jpg is refused with what it really is
        follow(By.cssSelector(".govuk-back-link"));
        assertThat(naturalWidth("#attachments img")).isEqualTo(240);
        Path program = files.resolve("holiday.jpg");
        Files.write(program, AttachmentCheckerTest.windowsProgram());
        follow(By.id("upload"));
        browser.findElement(By.id("file")).sendKeys(program.toString());
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("really a Windows program")
                .contains("although its name ends in .jpg");
        assertThat(text("#file-error")).contains("really a Windows program");
        assertThat(data.count("life_story_attachment")).isEqualTo(1);

        // the list with its thumbnail, and the change form
        open("/children/" + child + "/life-story");
        assertThat(naturalWidth(".hearth-thumbnails img")).isEqualTo(240);
        assertThat(text("#status-IN_PROGRESS")).contains("In progress (1)");
        follow(By.linkText("My first years"));
        follow(By.id("edit"));
        assertAccessible();
        browser.findElement(By.id("status-SHARED_WITH_CHILD")).click();
        browser.findElement(By.id("doneOn-day")).sendKeys("1");
        browser.findElement(By.id("doneOn-month")).sendKeys("12");
        browser.findElement(By.id("doneOn-year")).sendKeys("2026");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#doneOn-error")).contains("today or in the past");
        browser.findElement(By.id("doneOn-day")).clear();
        browser.findElement(By.id("doneOn-day")).sendKeys("20");
        browser.findElement(By.id("doneOn-month")).clear();
        browser.findElement(By.id("doneOn-month")).sendKeys("11");
        follow(By.id("save"));
        assertThat(text("#item-status")).isEqualTo("Shared with the child");

        // taking the photo off asks why
        follow(By.cssSelector("#attachments a"));
        follow(By.id("remove"));
        assertAccessible();
        follow(By.id("save"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Enter why the attachment is being taken off");
    }

    @Test
    void theWorkerCuratesTheLifeStoryTimelineAndPrintsIt() {
        UUID child = data.startCare(data.aChild().named("Jade", "Morris").create(), java.time.LocalDate.of(2025, 1,
                10));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> data.ownerJdbc()
                .queryForObject("SELECT count(*) FROM chronology_entry WHERE child_id = ? AND significance = "
                        + "'KEY_EVENT'", Long.class, child) > 0);
        signInAs("worker");
        open("/children/" + child + "/life-story");
        follow(By.id("timeline-link"));
        assertAccessible();
        assertThat(text("#timeline")).contains("You came into care.").contains("Offered");
        follow(By.cssSelector("#timeline a"));
        assertAccessible();
        browser.findElement(By.id("included-yes")).click();
        browser.findElement(By.id("childWording")).sendKeys("You came to live with Sue and Mark.");
        follow(By.id("save"));
        assertAccessible();
        assertThat(text("#timeline")).contains("You came to live with Sue and Mark.").contains("In");
        follow(By.id("print"));
        assertAccessible();
        assertThat(text("#timeline")).contains("You came to live with Sue and Mark.");
    }

    /**
     * A file over the servlet's multipart limit (64 MB) is refused by the server before any page sees it: the user gets
     * a page saying the file is too large and what the limit is, not a stack trace.
     */
    @Test
    void aFileOverTheMultipartLimitIsRefusedWithAClearMessage() throws Exception {
        UUID child = data.aChild().named("Jade", "Morris").create();
        String location = mvc.perform(org.hearth.pathwayplans.PlanTestSupport.postJson("/api/v1/children/" + child
                + "/life-story", org.hearth.lifestory.LifeStoryApiTest.aBook()).with(data.as(data.worker))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .csrf())).andReturn().getResponse().getHeader("Location");
        String item = location.substring(location.lastIndexOf('/') + 1);
        Path huge = files.resolve("huge.jpg");
        try (var out = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            out.setLength(65L * 1024 * 1024);
        }
        signInAs("worker");
        open("/children/" + child + "/life-story/" + item + "/attachments/new");
        browser.findElement(By.id("file")).sendKeys(huge.toString());
        follow(By.id("save"));
        assertAccessible();

        assertThat(text("h1")).isEqualTo("The file is too large");
        assertThat(text("#too-large")).contains("must be smaller than 10MB");
        assertThat(data.count("life_story_attachment")).isZero();
    }
}
