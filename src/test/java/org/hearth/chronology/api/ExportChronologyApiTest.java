package org.hearth.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.api.ChronologyApiSupport.amend;
import static org.hearth.chronology.api.ChronologyApiSupport.anEntry;
import static org.hearth.chronology.api.ChronologyApiSupport.logRows;
import static org.hearth.chronology.api.ChronologyApiSupport.postEntry;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.chronology.ChronologyTestSupport;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/children/{id}/chronology/export: court, full and young-person, PDF and CSV, each access-logged. */
class ExportChronologyApiTest extends IntegrationTest {

    UUID child;
    UUID school;
    UUID contact;
    UUID wrong;

    @BeforeEach
    void aChronology() throws Exception {
        child = data.startCare(data.aChild().named("Zoë", "Kowalczyk").create(), LocalDate.of(2025, 6, 2));
        ChronologyTestSupport.entries(data, child, 2);
        Map<String, Object> body = anEntry();
        body.put("suitableToShare", true);
        school = post(body);
        body = anEntry();
        body.put("eventDate", "2025-08-01");
        body.put("category", "FAMILY_AND_RELATIONSHIPS");
        body.put("significance", "KEY_EVENT");
        body.put("title", "Contact with mother stopped");
        body.put("source", "Mother's partner (by telephone)");
        body.put("thirdPartyInformation", true);
        contact = post(body);
        body = anEntry();
        body.put("eventDate", "2024-01-01");
        body.put("title", "Recorded on the wrong child");
        wrong = post(body);
        mvc.perform(amend(child, wrong, Map.of("reason", "Belongs to another child", "enteredInError", true))
                .with(data.as(data.worker))).andExpect(status().isCreated());
    }

    private UUID post(Map<String, Object> body) throws Exception {
        String json = mvc.perform(postEntry(child, body).with(data.as(data.worker))).andReturn().getResponse()
                .getContentAsString();
        return UUID.fromString(JsonMapper.builder().build().readTree(json).get("id").asString());
    }

    private MockHttpServletRequestBuilder export(String format, String variant, String entries) {
        return get("/api/v1/children/" + child + "/chronology/export").param("format", format)
                .param("variant", variant).param("entries", entries);
    }

    private String pdfText(MockHttpServletRequestBuilder request) throws Exception {
        byte[] pdf = mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private List<String> csvLines(MockHttpServletRequestBuilder request) throws Exception {
        byte[] csv = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        return new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
    }

    @Test
    void refusedAsForAnyViewAndTheRefusalLogged() throws Exception {
        mvc.perform(export("pdf", "court", "all")).andExpect(status().isUnauthorized());
        mvc.perform(export("pdf", "court", "all").with(data.as(data.admin))).andExpect(status().isForbidden());
        mvc.perform(export("pdf", "court", "all").with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.otherWorker, "EXPORT", "DENIED")).isEqualTo(1);
    }

    @Test
    void theCourtPdfNumbersTheEntriesOldestFirstWithoutThoseInError() throws Exception {
        String text = pdfText(export("pdf", "court", "all").with(data.as(data.worker)));
        assertThat(text).contains("Chronology of Zoë Kowalczyk");
        int cared = text.indexOf("1 2 June 2025 Became looked after");
        int contactStopped = text.indexOf("2 1 August 2025 Contact with mother stopped");
        int schoolStarted = text.indexOf("3 14 March 2026 Started at Priory Academy");
        assertThat(cared).isNotNegative();
        assertThat(contactStopped).isGreaterThan(cared);
        assertThat(schoolStarted).isGreaterThan(contactStopped);
        assertThat(text).contains("[third party information]").doesNotContain("Recorded on the wrong child");
        assertThat(data.ownerJdbc().queryForObject("SELECT what FROM access_log WHERE child_id = ? AND action = "
                + "'EXPORT'", String.class, child)).isEqualTo("chronology export: court PDF, all entries (4 entries)");
    }

    @Test
    void keyEventsOrChosenEntries() throws Exception {
        String key = pdfText(export("pdf", "court", "key").with(data.as(data.worker)));
        assertThat(key).contains("Became looked after").contains("Contact with mother stopped")
                .doesNotContain("Priory");
        String chosen = pdfText(export("pdf", "court", school + "," + contact).with(data.as(data.worker)));
        assertThat(chosen).contains("1 1 August 2025 Contact").contains("2 14 March 2026 Started")
                .doesNotContain("Became looked after");
        mvc.perform(export("pdf", "court", UUID.randomUUID().toString()).with(data.as(data.worker)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("entries"));
        mvc.perform(export("pdf", "court", "some").with(data.as(data.worker)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("entries"));
    }

    @Test
    void theYoungPersonsVersionHoldsOnlyEntriesMarkedSuitableToShare() throws Exception {
        String text = pdfText(export("pdf", "young-person", "all").with(data.as(data.worker)));
        assertThat(text).contains("Your chronology").contains("Started at Priory Academy")
                .doesNotContain("Contact with mother").doesNotContain("Became looked after")
                .doesNotContain("Designated teacher");
        assertThat(csvLines(export("csv", "young-person", "all").with(data.as(data.worker))))
                .containsExactly("When,What happened", "14 March 2026,Started at Priory Academy. Settled well in "
                        + "year 7.");
    }

    @Test
    void theFullCsvHasEveryFieldAndKeepsEntriesInErrorForAuditors() throws Exception {
        List<String> lines = csvLines(export("csv", "full", "all").with(data.as(data.iro)));
        assertThat(lines.get(0)).startsWith("Date,Date precision,Time,Category,Significance,Title,Description,Source,"
                + "Action taken,Impact or analysis");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("2024-01-01,DAY,,Education,Other,Recorded on the wrong child")
                .contains(",Yes,").contains("ENTERED_IN_ERROR,Belongs to another child");
        assertThat(csvLines(export("csv", "court", "all").with(data.as(data.iro))).get(0))
                .isEqualTo("Serial number,Date,Event,Source or reference");
        assertThat(logRows(data, child, data.iro, "EXPORT", "ALLOWED")).isEqualTo(2);
    }

    @Test
    void namesOutsideWesternEuropeanLettersPrintAsWritten() throws Exception {
        Map<String, Object> body = anEntry();
        body.put("title", "Contact with Łucja Wiśniewska");
        post(body);
        assertThat(pdfText(export("pdf", "court", "all").with(data.as(data.worker))))
                .contains("Contact with Łucja Wiśniewska").contains("Zoë Kowalczyk");
    }

    @Test
    void typedTextThatLooksLikeAFormulaIsKeptAsText() throws Exception {
        Map<String, Object> body = anEntry();
        body.put("title", "=HYPERLINK(\"http://example.org\")");
        post(body);
        assertThat(csvLines(export("csv", "full", "all").with(data.as(data.worker))))
                .anySatisfy(line -> assertThat(line).contains(",\"'=HYPERLINK("));
    }

    @Test
    void wrongFormatOrVariantIsNamed() throws Exception {
        mvc.perform(export("docx", "court", "all").with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(export("pdf", "tabloid", "all").with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("variant"));
    }
}
