package org.hearth.returns.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.CsvReturnWriter;
import org.hearth.returns.internal.data.ReadResult;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnFile;
import org.hearth.returns.internal.data.ReturnFiles;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.synthetic.SyntheticReturn;
import org.hearth.returns.internal.synthetic.SyntheticReturns;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

/**
 * Round trip (issue 8): a generated return imported into Hearth, then the same year exported from Hearth's records,
 * gives the same data, modulo normalisation (row order; fields Hearth has no record of, listed below).
 */
class ReturnRoundTripTest extends IntegrationTest {

    /** 2025-26: every date in it is before the tests' today. */
    private static final CollectionYear YEAR = new CollectionYear(2026);

    @Test
    @SuppressWarnings("unchecked")
    void aGeneratedReturnImportedThenExportedGivesTheSameData() throws Exception {
        SyntheticReturn generated = SyntheticReturns.generate(120, YEAR, 0, 3);
        byte[] zip = CsvReturnWriter.zip(generated.current());
        String location = mvc.perform(multipart("/api/v1/returns/903/imports")
                .file(new MockMultipartFile("files", "return.zip", "application/zip", zip))
                .param("year", "2026").with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        String report = awaitImport(location);
        assertThat((String) JsonPath.read(report, "$.status")).as(report).isEqualTo("DONE");

        // the same return again changes nothing, permanence records included
        String again = awaitImport(mvc.perform(multipart("/api/v1/returns/903/imports")
                .file(new MockMultipartFile("files", "return.zip", "application/zip", zip))
                .param("year", "2026").with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location"));
        assertThat((String) JsonPath.read(again, "$.status")).as(again).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(again, "$.children.created")).isZero();
        assertThat((Integer) JsonPath.read(again, "$.children.updated")).isZero();
        assertThat((List<Integer>) JsonPath.read(again, "$.tables[*].created")).as(again).containsOnly(0);
        assertThat((List<Integer>) JsonPath.read(again, "$.tables[*].updated")).as(again).containsOnly(0);
        assertThat((List<Integer>) JsonPath.read(again, "$.tables[*].conflicts")).as(again).containsOnly(0);

        byte[] exported = mvc.perform(get("/api/v1/returns/903/export?year=2026&format=csv-zip")
                .with(data.as(data.performance))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        ReadResult back = ReturnFiles.fromUploads(List.of(new ReturnFile("export.zip", exported)));
        assertThat(back.problems()).isEmpty();

        for (ReturnTable table : List.of(ReturnTable.HEADER, ReturnTable.EPISODES, ReturnTable.REVIEWS,
                ReturnTable.UASC, ReturnTable.MISSING, ReturnTable.OC2, ReturnTable.OC3, ReturnTable.PREV_PERM,
                ReturnTable.PLACED_ADOPTION, ReturnTable.AD1, ReturnTable.SW_EPISODES)) {
            assertThat(rows(back.data(), table)).as(table.dfeName())
                    .containsExactlyInAnyOrderElementsOf(rows(generated.current(), table));
        }
        assertThat(rows(back.data(), ReturnTable.EPISODES)).hasSizeGreaterThan(120);
        assertThat(rows(back.data(), ReturnTable.AD1)).isNotEmpty();
        // the generated SW_IDs are workers Hearth does not know: kept as given, listed once each (ADR 0010)
        assertThat(rows(back.data(), ReturnTable.SW_EPISODES)).hasSizeGreaterThan(50);
        assertThat((List<String>) JsonPath.read(report, "$.notices[*].column")).isNotEmpty().containsOnly("SW_ID");
        // mother status and convictions go round too, not only as blanks
        assertThat(rows(back.data(), ReturnTable.HEADER)).anyMatch(r -> "1".equals(r.get(ReturnTable.HEADER
                .indexOf("MOTHER"))) && r.get(ReturnTable.HEADER.indexOf("MC_DOB")) != null);
        assertThat(rows(back.data(), ReturnTable.OC2)).anyMatch(r -> "1".equals(r.get(ReturnTable.OC2
                .indexOf("CONVICTED"))));
    }

    /** A table's file columns as text, without the columns Hearth keeps no record of. */
    private static List<List<String>> rows(ReturnData data, ReturnTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (ReturnRow row : data.rows(table)) {
            List<String> values = new ArrayList<>(Arrays.asList(row.values()).subList(0,
                    table.fileColumns().size()));
            rows.add(values);
        }
        return rows;
    }

    private String awaitImport(String location) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            String body = mvc.perform(get(location).with(data.as(data.performance))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (List.of("DONE", "REFUSED", "FAILED").contains((String) JsonPath.read(body, "$.status"))
                    || System.currentTimeMillis() > until) {
                return body;
            }
            Thread.sleep(100);
        }
    }
}
