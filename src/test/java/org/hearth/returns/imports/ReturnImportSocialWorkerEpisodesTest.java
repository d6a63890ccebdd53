package org.hearth.returns.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing the 903 SWEpisodes table (issue 8, ADR 0010) into the children's allocation histories: workers matched by
 * their recorded 903 id or Hearth's XX form; an id no user has is kept on the history and listed once; bad rows refuse
 * the import; the same return again changes nothing; Hearth's own changes are kept and listed.
 */
class ReturnImportSocialWorkerEpisodesTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    String managerXx;

    @BeforeEach
    void ids() {
        data.ownerJdbc().update("UPDATE app_user SET social_worker_id = 'SW1001' WHERE id = ?", data.worker);
        managerXx = Directory.defaultSocialWorkerId(data.manager);
    }

    String swEpisodes() {
        // C1: a known worker (by the recorded id, given in lower case), then one Hearth does not know, still open;
        // C2: the manager by Hearth's XX form, open; C3: the unknown worker again, ended
        return """
                CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON
                C1,01/05/2012,sw1001,01/06/2024,01/09/2025,FCONTA
                C1,01/05/2012,SW9999,01/09/2025,,LEFTRL
                C2,15/08/2015,%s,03/02/2025,,FCONTA
                C3,10/10/2007,SW9999,01/01/2022,10/10/2025,
                """.formatted(managerXx);
    }

    @Test
    void knownWorkersAreMatchedUnknownIdsKeptAndListedOnceAndTheSameReturnAgainChangesNothing() throws Exception {
        Map<String, String> files = ReturnImportTest.ret();
        files.put("sw_episodes.csv", swEpisodes());
        Map<String, Object> first = importAndWait(files);
        assertThat(first.get("status")).as(first.toString()).isEqualTo("DONE");
        assertThat(periods("C1")).containsExactly(
                data.worker + " null 2024-06-01 2025-09-01 FCONTA",
                "null SW9999 2025-09-01 null LEFTRL");
        assertThat(periods("C2")).containsExactly(data.manager + " null 2025-02-03 null FCONTA");
        assertThat(periods("C3")).containsExactly("null SW9999 2022-01-01 2025-10-10 null");
        List<Map<String, Object>> notices = ReturnImportTest.list(first.get("notices"));
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).containsEntry("table", "SWEpisodes").containsEntry("column", "SW_ID")
                .containsEntry("value", "SW9999").containsEntry("row", 3).containsEntry("kind", "NOTICE");
        assertThat(ReturnImportTest.list(first.get("conflicts"))).isEmpty();
        assertThat(swTable(first)).containsEntry("created", 4).containsEntry("conflicts", 0);
        // a new child whose open episode names a known caseholder is allocated to them; an unknown one leaves none
        assertThat(allocated("C2")).isEqualTo(data.manager);
        assertThat(allocated("C1")).isNull();

        long events = data.count("event_publication");
        long periods = data.count("allocation_period");
        String before = jdbc.sql("SELECT string_agg(id::text || recorded_at::text, ',' ORDER BY id) FROM allocation_period")
                .query(String.class).single();
        Map<String, Object> second = importAndWait(files);
        assertThat(second.get("status")).isEqualTo("DONE");
        assertThat(swTable(second)).containsEntry("created", 0).containsEntry("updated", 0)
                .containsEntry("unchanged", 4).containsEntry("conflicts", 0);
        assertThat(data.count("allocation_period")).isEqualTo(periods);
        assertThat(jdbc.sql("SELECT string_agg(id::text || recorded_at::text, ',' ORDER BY id) FROM allocation_period")
                .query(String.class).single()).isEqualTo(before);
        assertThat(data.count("event_publication")).isEqualTo(events);
        assertThat(map(second.get("children"))).containsEntry("updated", 0).containsEntry("unchanged", 3);

        // the administrator records the id on the worker's account: the next import links the history to them and
        // allocates the child whose open episode it is
        data.ownerJdbc().update("UPDATE app_user SET social_worker_id = 'SW9999' WHERE id = ?", data.otherWorker);
        Map<String, Object> third = importAndWait(files);
        assertThat(third.get("status")).isEqualTo("DONE");
        assertThat(ReturnImportTest.list(third.get("notices"))).isEmpty();
        assertThat(periods("C1")).containsExactly(
                data.worker + " null 2024-06-01 2025-09-01 FCONTA",
                data.otherWorker + " null 2025-09-01 null LEFTRL");
        assertThat(periods("C3")).containsExactly(data.otherWorker + " null 2022-01-01 2025-10-10 null");
        assertThat(allocated("C1")).isEqualTo(data.otherWorker);
    }

    @Test
    void theExportGivesTheImportedEpisodesBackWithTheIdsAsGiven() throws Exception {
        Map<String, String> files = ReturnImportTest.ret();
        files.put("sw_episodes.csv", swEpisodes());
        assertThat(importAndWait(files).get("status")).isEqualTo("DONE");
        byte[] zip = mvc.perform(get("/api/v1/returns/903/export?year=2026&format=csv-zip")
                .with(data.as(data.performance))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String exported = entry(zip, "sw");
        assertThat(exported.lines().skip(1).toList()).containsExactlyInAnyOrder(
                "C1,01/05/2012,SW1001,01/06/2024,01/09/2025,FCONTA",
                "C1,01/05/2012,SW9999,01/09/2025,,LEFTRL",
                "C2,15/08/2015," + managerXx + ",03/02/2025,,FCONTA",
                "C3,10/10/2007,SW9999,01/01/2022,10/10/2025,");
    }

    @Test
    void rowsHearthWouldRefuseAreReportedByRowAndColumnAndNothingIsWritten() throws Exception {
        Map<String, String> files = ReturnImportTest.ret();
        files.put("sw_episodes.csv", """
                CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON
                C1,01/05/2012,AB123,01/06/2024,,FCONTA
                C1,01/05/2012,SW1,31/02/2025,,FCONTA
                C2,15/08/2015,SW2,03/02/2025,01/01/2025,FCONTA
                C3,10/10/2007,SW3,01/01/2022,,WHATEVER
                C3,10/10/2007,SW3,01/06/2023,,OTHERS
                C9,01/01/2010,SW4,01/01/2024,,FCONTA
                C2,15/08/2015,SW2,01/02/2026,01/03/2026,MANAGE
                C2,15/08/2015,SW5,01/02/2026,,MANAGE
                """);
        Map<String, Object> result = importAndWait(files);
        assertThat(result.get("status")).isEqualTo("REFUSED");
        assertThat(ReturnImportTest.list(result.get("problems")))
                .extracting(p -> p.get("table") + " " + p.get("row") + " " + p.get("column"))
                .containsExactlyInAnyOrder(
                        "SWEpisodes 2 SW_ID",      // must begin SW or XX
                        "SWEpisodes 3 SW_DECOM",   // 31 February
                        "SWEpisodes 4 SW_DEC",     // ends before it starts
                        "SWEpisodes 5 SW_REASON",  // no such reason
                        "SWEpisodes 6 SW_DECOM",   // starts while the one before is open
                        "SWEpisodes 7 CHILD",      // C9 is not in Header
                        "SWEpisodes 9 SW_DECOM");  // two episodes starting the same day
        assertThat(data.count("child")).isZero();
        assertThat(data.count("allocation_period")).isZero();
    }

    @Test
    void hearthsOwnChangesAfterTheImportAreKeptAndListed() throws Exception {
        Map<String, String> files = ReturnImportTest.ret();
        files.put("sw_episodes.csv", swEpisodes());
        assertThat(importAndWait(files).get("status")).isEqualTo("DONE");
        // in Hearth, C2 moves from the manager to another worker on 1 December 2025
        UUID c2 = jdbc.sql("SELECT id FROM child WHERE local_child_id = 'C2'").query(UUID.class).single();
        jdbc.sql("UPDATE allocation_period SET ended_on = DATE '2025-12-01' WHERE child_id = :c").param("c", c2)
                .update();
        jdbc.sql("""
                INSERT INTO allocation_period (id, child_id, worker_id, started_on, sw_reason)
                VALUES (gen_random_uuid(), :c, :w, DATE '2025-12-01', 'MANAGE')""").param("c", c2)
                .param("w", data.otherWorker).update();
        // the other system's next return says the manager kept the case to 20 December, then someone else
        Map<String, String> next = ReturnImportTest.ret();
        next.put("sw_episodes.csv", swEpisodes().replace(managerXx + ",03/02/2025,,FCONTA",
                managerXx + ",03/02/2025,20/12/2025,FCONTA\nC2,15/08/2015,SW7777,20/12/2025,,ABSENC"));
        Map<String, Object> result = importAndWait(next);
        assertThat(result.get("status")).isEqualTo("DONE");
        assertThat(periods("C2")).containsExactly(
                data.manager + " null 2025-02-03 2025-12-01 FCONTA",
                data.otherWorker + " null 2025-12-01 null MANAGE");
        List<Map<String, Object>> conflicts = ReturnImportTest.list(result.get("conflicts"));
        assertThat(conflicts).extracting(c -> c.get("table") + " " + c.get("row") + " " + c.get("column"))
                .containsExactly("SWEpisodes 4 SW_ID, SW_DEC, SW_REASON", "SWEpisodes 5 SW_DECOM");
        assertThat((String) conflicts.get(0).get("hearthHas")).contains("2025-12-01");
        assertThat(swTable(result)).containsEntry("conflicts", 2);
    }

    @Test
    void aChildWhoseOpenEpisodeNamesAnUnknownWorkerCanBeAllocatedInHearth() throws Exception {
        Map<String, String> files = ReturnImportTest.ret();
        files.put("sw_episodes.csv", swEpisodes());
        assertThat(importAndWait(files).get("status")).isEqualTo("DONE");
        UUID c1 = jdbc.sql("SELECT id FROM child WHERE local_child_id = 'C1'").query(UUID.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/admin/reallocations").with(csrf()).with(data.as(data.admin))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                        {"reason":"Allocated after the import","changeReason":"TSPROC",
                         "assignments":[{"childId":"%s","toWorkerId":"%s"}]}""".formatted(c1, data.worker)))
                .andExpect(status().isOk());
        // the imported open episode ends today and the worker's begins: one open period, no overlap
        assertThat(periods("C1")).containsExactly(
                data.worker + " null 2024-06-01 2025-09-01 FCONTA",
                "null SW9999 2025-09-01 " + org.hearth.support.TestClock.TODAY + " LEFTRL",
                data.worker + " null " + org.hearth.support.TestClock.TODAY + " null TSPROC");
        // and the same return again keeps Hearth's allocation (the episode is still open at 31 March 2026)
        Map<String, Object> again = importAndWait(files);
        assertThat(swTable(again)).containsEntry("created", 0).containsEntry("updated", 0)
                .containsEntry("conflicts", 0);
        assertThat(allocated("C1")).isEqualTo(data.worker);
    }

    @Test
    void aLaterReturnMovesTheAllocationWithTheEpisodeItImportedButNeverAWorkerAllocatedInHearth() throws Exception {
        Map<String, String> files = ReturnImportTest.ret();
        files.put("sw_episodes.csv", swEpisodes());
        assertThat(importAndWait(files).get("status")).isEqualTo("DONE");
        assertThat(allocated("C2")).isEqualTo(data.manager);
        // the other system corrects whose C2's open episode is: the allocation the import made follows it
        Map<String, String> corrected = ReturnImportTest.ret();
        corrected.put("sw_episodes.csv", swEpisodes().replace(managerXx, "SW1001"));
        Map<String, Object> result = importAndWait(corrected);
        assertThat(swTable(result)).containsEntry("updated", 1).containsEntry("conflicts", 0);
        assertThat(periods("C2")).containsExactly(data.worker + " null 2025-02-03 null FCONTA");
        assertThat(allocated("C2")).isEqualTo(data.worker);
        // a worker allocated in Hearth (not by an import) stays, whatever the return's open episode says
        jdbc.sql("UPDATE child SET allocated_worker_id = :w WHERE local_child_id = 'C2'")
                .param("w", data.otherWorker).update();
        assertThat(importAndWait(files).get("status")).isEqualTo("DONE");
        assertThat(allocated("C2")).isEqualTo(data.otherWorker);
    }

    @Autowired
    Directory directory;

    @Test
    void aSocialWorkerIdNamesTheUserItIsRecordedOnOrWhoseXxFormItIsAndNoOneWhenTwoHaveIt() {
        String workerXx = Directory.defaultSocialWorkerId(data.worker);
        String headXx = Directory.defaultSocialWorkerId(data.head);
        // the personal adviser's recorded id is the head's XX form: the recorded id wins
        data.ownerJdbc().update("UPDATE app_user SET social_worker_id = ? WHERE id = ?", headXx, data.personalAdviser);
        data.ownerJdbc().update("UPDATE app_user SET social_worker_id = 'SW2222' WHERE id IN (?, ?)", data.iro,
                data.southManager);
        Map<String, UUID> found = directory.usersBySocialWorkerId(List.of("sw1001", workerXx.toLowerCase(), headXx,
                "SW2222", "SW3333"));
        assertThat(found).containsEntry("SW1001", data.worker).containsEntry(workerXx, data.worker)
                .containsEntry(headXx, data.personalAdviser).doesNotContainKeys("SW2222", "SW3333");
    }

    // helpers

    List<String> periods(String localId) {
        return jdbc.sql("""
                SELECT concat_ws(' ', coalesce(p.worker_id::text, 'null'), coalesce(p.social_worker_ref, 'null'),
                    p.started_on, coalesce(p.ended_on::text, 'null'), coalesce(p.sw_reason, 'null'))
                FROM allocation_period p JOIN child c ON c.id = p.child_id
                WHERE c.local_child_id = :id ORDER BY p.started_on""").param("id", localId).query(String.class)
                .list();
    }

    UUID allocated(String localId) {
        return jdbc.sql("SELECT allocated_worker_id FROM child WHERE local_child_id = :id").param("id", localId)
                .query(UUID.class).list().get(0);
    }

    static Map<String, Object> swTable(Map<String, Object> status) {
        return ReturnImportTest.list(status.get("tables")).stream()
                .filter(t -> "SWEpisodes".equals(t.get("table"))).findFirst().orElseThrow();
    }

    static Map<String, Object> map(Object value) {
        return ReturnImportTest.map(value);
    }

    static String entry(byte[] zip, String prefix) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "")
                            .replace("\uFEFF", "");
                }
            }
        }
        throw new AssertionError("No " + prefix + " file in the export");
    }

    Map<String, Object> importAndWait(Map<String, String> files) throws Exception {
        return ReturnImportTest.importAndWait(mvc, data, files);
    }
}
