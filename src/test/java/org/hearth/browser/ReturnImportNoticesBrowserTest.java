package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hearth.returns.imports.ReturnImportTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An import whose report holds a notice (a 903 social worker id no user has, ADR 0010 decision 9), checked with axe.
 */
class ReturnImportNoticesBrowserTest extends BrowserTest {

    @Test
    void anUnknownSocialWorkerIdIsListedForTheAdministrator() throws Exception {
        signInAs("performance");
        Path folder = Files.createTempDirectory("return-903-sw");
        Map<String, String> files = ReturnImportTest.ret();
        files.put("sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n"
                + "C1,01/05/2012,SW9999,01/06/2024,,FCONTA\n");
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            paths.add(path.toAbsolutePath().toString());
        }
        open("/returns/903/imports");
        browser.findElement(By.id("files")).sendKeys(String.join("\n", paths));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("year"))).selectByValue("2026");
        follow(By.id("import"));
        String page = browser.getCurrentUrl();
        long until = System.currentTimeMillis() + 30_000;
        while (!text("#status").equals("Imported") && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            browser.get(page);
        }
        assertAccessible();
        assertThat(text("#status")).isEqualTo("Imported");
        assertThat(text("#counts")).contains("SWEpisodes");
        assertThat(text("h2.govuk-heading-m")).contains("1 notices to act on");
        assertThat(text("#report")).contains("SW9999", "No Hearth user has this social worker id");
    }
}
