package org.hearth.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** Checking a return from another system through the API: nothing stored, findings linked to visible records. */
class ReturnChecksApiTest extends IntegrationTest {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";

    private static MockMultipartFile file(String part, String name, String content) {
        return new MockMultipartFile(part, name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findingsPerRuleAndChildLinkedToTheRecordsTheCallerMaySee() throws Exception {
        UUID seen = data.aChild().localChildId("ret1").create();
        UUID hidden = data.aChild().localChildId("RET2").create();
        data.ownerJdbc().update("UPDATE child SET restricted = true WHERE id = ?", hidden);
        long children = data.count("child");

        mvc.perform(multipart("/api/v1/returns/903/validations")
                .file(file("files", "header.csv", HEADER + "RET1,X,01/01/2015,WBRI,UN1,,\n"
                        + "ret2,Q,01/01/2014,WBRI,UN1,,\nRET3,Z,01/01/2014,WBRI,UN1,,\n"))
                .param("year", "2027").with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2027))
                .andExpect(jsonPath("$.label").value("2026-27"))
                .andExpect(jsonPath("$.children").value(3))
                .andExpect(jsonPath("$.rulesRun", hasItem("101")))
                .andExpect(jsonPath("$.counts['101']").value(3))
                .andExpect(jsonPath("$.findings[?(@.ruleCode == '101' && @.childId == 'RET1')].record")
                        .value("/api/v1/children/" + seen))
                .andExpect(jsonPath("$.findings[?(@.ruleCode == '101' && @.childId == 'RET1')].table")
                        .value("Header"))
                .andExpect(jsonPath("$.findings[?(@.ruleCode == '101' && @.childId == 'RET1')].row").value(2))
                .andExpect(jsonPath("$.findings[?(@.ruleCode == '101' && @.childId == 'RET1')].fields[0]")
                        .value("SEX"))
                .andExpect(jsonPath("$.findings[?(@.ruleCode == '101' && @.childId == 'RET2')].record")
                        .value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.findings[?(@.ruleCode == '101' && @.childId == 'RET3')].record")
                        .value(org.hamcrest.Matchers.contains((Object) null)));
        assertThat(data.count("child")).as("nothing stored").isEqualTo(children);
    }

    @Test
    void aZipAndLastYearsFilesAreAccepted() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("return/header.csv"));
            out.write((HEADER + "1,M,01/01/2015,WBRI,UN1,,\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("return/.DS_Store"));
            out.write(new byte[] {1, 2, 3});
        }
        mvc.perform(multipart("/api/v1/returns/903/validations")
                .file(new MockMultipartFile("files", "return.zip", "application/zip", zip.toByteArray()))
                .file(file("previous", "header.csv", HEADER + "1,M,01/01/2015,WBRI,UN1,,\n"))
                .param("year", "2026").with(data.as(data.admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("2025-26"))
                .andExpect(jsonPath("$.children").value(1));
    }

    @Test
    void filesThatCannotBeReadAreListedInTheProblem() throws Exception {
        mvc.perform(multipart("/api/v1/returns/903/validations")
                .file(file("files", "header.csv", HEADER + "1,M\n"))
                .file(file("files", "oops.csv", "NAME,AGE\nx,1\n"))
                .param("year", "2027").with(data.as(data.head)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems[0].file").value("header.csv"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].message").value("Has 2 values where the header has 7 columns"))
                .andExpect(jsonPath("$.problems[1].file").value("oops.csv"))
                .andExpect(jsonPath("$.problems[1].message").value("The columns do not match any 903 table"));
    }

    @Test
    void mixedCsvAndXmlAreRefused() throws Exception {
        mvc.perform(multipart("/api/v1/returns/903/validations")
                .file(file("files", "header.csv", HEADER))
                .file(file("files", "return.xml", "<EXPSSDA903/>"))
                .param("year", "2027").with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString(
                        "mix XML")));
    }

    @Test
    void theYearAndTheFilesAreNeeded() throws Exception {
        mvc.perform(multipart("/api/v1/returns/903/validations").file(file("files", "header.csv", HEADER))
                .param("year", "2020").with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(multipart("/api/v1/returns/903/validations").param("year", "2027")
                .with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("files"));
    }

    @Test
    void onlyPreparersAndAdministratorsMayCheck() throws Exception {
        mvc.perform(multipart("/api/v1/returns/903/validations").file(file("files", "h.csv", HEADER))
                .param("year", "2027").with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/returns/903/validations").file(file("files", "h.csv", HEADER))
                .param("year", "2027").with(data.as(data.worker)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/returns/903/validations").file(file("files", "h.csv", HEADER))
                .param("year", "2027").with(data.as(data.manager)).with(csrf())).andExpect(status().isForbidden());
    }

    static byte[] bytes(String text) throws IOException {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
