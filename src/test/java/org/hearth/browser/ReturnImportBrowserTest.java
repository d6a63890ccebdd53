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

/** The 903 import pages (issue 8), checked with axe: the upload form with its errors, an import and its report. */
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
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, String> file : ReturnImportTest.ret().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            paths.add(path.toAbsolutePath().toString());
        }
        browser.findElement(By.id("files")).sendKeys(String.join("\n", paths));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("year"))).selectByValue("2026");
        follow(By.id("import"));
        assertAccessible();
        String page = browser.getCurrentUrl();
        long until = System.currentTimeMillis() + 30_000;
        while (!text("#status").equals("Imported") && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            browser.get(page);
        }
        assertAccessible();
        assertThat(text("#status")).isEqualTo("Imported");
        assertThat(text("#summary")).contains("3 new to Hearth");
        assertThat(text("#counts")).contains("Episodes");
        // the DfE rules ran over the return: a URN given for a placement type without one (rule 222)
        assertThat(text("#findings")).contains("222", "Ofsted Unique reference number");
        open("/children/" + jdbc.sql("SELECT id FROM child WHERE local_child_id = 'C1'").query(java.util.UUID.class)
                .single());
        assertThat(text("#names-needed")).contains("names are needed");

        // a refused import shows its row-level report
        Files.writeString(folder.resolve("header.csv"), ReturnImportTest.HEADER + "C1,1,01/05/2012,WBRI,,,\n");
        open("/returns/903/imports");
        browser.findElement(By.id("files")).sendKeys(folder.resolve("header.csv").toAbsolutePath().toString());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("year"))).selectByValue("2026");
        follow(By.id("import"));
        page = browser.getCurrentUrl();
        until = System.currentTimeMillis() + 30_000;
        while (!text("#status").equals("Refused") && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            browser.get(page);
        }
        assertAccessible();
        assertThat(text("#report")).contains("header.csv", "in Header twice");
        open("/returns/903/imports");
        assertThat(text("#imports")).contains("Imported", "Refused");
    }
}
