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
 * The 903 import pages (issue 8), checked with axe: the upload form with its errors, an import and its report with
 * the DfE rules' findings, a refused import, and a report with a notice.
 */
class ReturnImportBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aPerformanceOfficerImportsAReturnAndReadsTheReport() throws Exception {
        signInAs("performance");
        open("/returns/903/imports");
        assertThat(text("p.govuk-body")).isNotBlank();
        follow(By.id("import"));
        assertAccessible();
        assertThat(text(".govuk-error-summary")).contains("Choose the return's files to import");

        Path folder = Files.createTempDirectory("return-903");
        upload(write(folder, ReturnImportTest.ret()));
        awaitStatus("Imported");
        assertAccessible();
        assertThat(text("#summary")).contains("3 new to Hearth");
        assertThat(text("#counts")).contains("Episodes");
        // the DfE rules ran over the return: a URN given for a placement type without one (rule 222)
        assertThat(text("#findings")).contains("222", "Ofsted Unique reference number");
        open("/children/" + jdbc.sql("SELECT id FROM child WHERE local_child_id = 'C1'").query(java.util.UUID.class)
                .single());
        assertThat(text("#names-needed")).contains("names are needed");

        // a refused import shows its row-level report
        upload(write(folder, Map.of("header.csv", ReturnImportTest.HEADER + "C1,1,01/05/2012,WBRI,,,\n")));
        awaitStatus("Refused");
        assertAccessible();
        assertThat(text("#report")).contains("header.csv", "in Header twice");
        open("/returns/903/imports");
        assertThat(text("#imports")).contains("Imported", "Refused");
    }

    /** A 903 social worker id no user has is a notice for the administrator (ADR 0010 decision 9). */
    @Test
    void anUnknownSocialWorkerIdIsListedForTheAdministrator() throws Exception {
        signInAs("performance");
        Map<String, String> files = ReturnImportTest.ret();
        files.put("sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n"
                + "C1,01/05/2012,SW9999,01/06/2024,,FCONTA\n");
        upload(write(Files.createTempDirectory("return-903-sw"), files));
        awaitStatus("Imported");
        assertAccessible();
        assertThat(text("#counts")).contains("SWEpisodes");
        assertThat(text("h2.govuk-heading-m")).contains("1 notices to act on");
        assertThat(text("#report")).contains("SW9999", "No Hearth user has this social worker id");
    }

    private static List<String> write(Path folder, Map<String, String> files) throws Exception {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            paths.add(path.toAbsolutePath().toString());
        }
        return paths;
    }

    /** Uploads the files as the 2025-26 return from the imports page. */
    private void upload(List<String> paths) {
        open("/returns/903/imports");
        browser.findElement(By.id("files")).sendKeys(String.join("\n", paths));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("year"))).selectByValue("2026");
        follow(By.id("import"));
        assertAccessible();
    }

    /** Reloads the import's page until it shows the status (the import runs in the background). */
    private void awaitStatus(String status) throws InterruptedException {
        String page = browser.getCurrentUrl();
        long until = System.currentTimeMillis() + 30_000;
        while (!text("#status").equals(status) && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            browser.get(page);
        }
        assertThat(text("#status")).isEqualTo(status);
    }
}
