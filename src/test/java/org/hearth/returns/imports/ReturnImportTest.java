package org.hearth.returns.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.chronology.ChronologyTestSupport;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Importing a small hand-made 903 return (issue 8): it shows on the children's records and chronology; importing it
 * again changes nothing; a changed return updates; a Hearth edit made after the import is kept and listed; malformed
 * returns are refused with the row-level report and nothing written.
 */
public class ReturnImportTest extends IntegrationTest {

    public static final String HEADER = """
            CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
            C1,1,01/05/2012,WBRI,A123456789012,,
            C2,2,15/08/2015,MWBC,UN2,,
            C3,M,10/10/2007,BAFR,,,
            """;
    static final String EPISODES = """
            CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
            C1,01/06/2024,S,C2,N1,U4,PR1,10/09/2025,X1,CARPL,LU5 4QQ,LU6 1AA,SC123456
            C1,10/09/2025,P,C2,N1,K2,PR4,,,,LU5 4QQ,MK45 2DD,SC654321
            C2,03/02/2025,S,V2,N2,U1,PR1,20/12/2025,E13,,LU5 4QQ,LU5 4QZ,SC111111
            C3,01/01/2022,S,C2,N4,R1,PR2,10/10/2025,E8,,LU5 4QQ,LU1 1AA,SC222222
            """;
    static final String UASC = """
            CHILD,SEX,DOB,DUC
            C3,M,10/10/2007,10/10/2025
            """;
    static final String REVIEWS = """
            CHILD,DOB,REVIEW,REVIEW_CODE
            C1,01/05/2012,10/12/2024,PN1
            C1,01/05/2012,10/06/2025,PN2
            C2,15/08/2015,01/03/2025,PN3
            """;
    static final String MISSING = """
            CHILD,DOB,MISSING,MIS_START,MIS_END
            C1,01/05/2012,M,02/07/2025,03/07/2025
            C3,10/10/2007,A,05/05/2025,
            """;

    static final String OC2 = """
            CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            C1,01/05/2012,14,,0,,1,1,1,1,0,1
            """;

    static final String OC3 = """
            CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
            C3,10/10/2007,YES,F2,B1
            """;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheReturnOntoRecordsAndChronologyThenChangesNothingTheSecondTime() throws Exception {
        Map<String, Object> first = importAndWait(ret());
        assertThat(first.get("status")).isEqualTo("DONE");
        assertThat(map(first.get("children"))).containsEntry("created", 3).containsEntry("unchanged", 0);
        assertThat(count("child")).isEqualTo(3);
        assertThat(count("episode")).isEqualTo(4);
        assertThat(jdbc.sql("SELECT first_name || ' ' || last_name || ' ' || sex || ' ' || uasc || ' ' "
                + "|| uasc_ceased_on FROM child WHERE local_child_id = 'C3'").query(String.class).single())
                .isEqualTo("Not in return C3 M true 2025-10-10");
        assertThat(jdbc.sql("SELECT count(*) FROM statutory_activity WHERE kind = 'REVIEW'").query(Long.class)
                .single()).isEqualTo(3);
        assertThat(count("missing_episode")).isEqualTo(2);
        // OC2: the outcomes as the practice module records them, dated at the end of the collection year
        assertThat(jdbc.sql("SELECT string_agg(kind, ' ' ORDER BY kind) FROM statutory_activity "
                + "WHERE kind <> 'REVIEW' AND activity_date = DATE '2026-03-31'").query(String.class).single())
                .isEqualTo("DENTAL_CHECK HEALTH_ASSESSMENT IMMUNISATIONS SDQ SUBSTANCE_MISUSE");
        assertThat(jdbc.sql("SELECT (details->>'score') || ' ' || (details->>'informant') FROM statutory_activity "
                + "WHERE kind = 'SDQ'").query(String.class).single()).isEqualTo("14 CARER");
        assertThat(jdbc.sql("SELECT concat_ws(' ', details->>'problemIdentified', details->>'interventionReceived', "
                + "details->>'interventionOffered') FROM statutory_activity WHERE kind = 'SUBSTANCE_MISUSE'")
                .query(String.class).single()).isEqualTo("true false true");
        // OC3: the care leaver's statuses from their birthday in the collection year
        assertThat(jdbc.sql("SELECT string_agg(kind || ' ' || code || ' ' || started_on, '; ' ORDER BY kind) "
                + "FROM care_leaver_status").query(String.class).single())
                .isEqualTo("ACCOMMODATION B1 2025-10-10; ACTIVITY F2 2025-10-10; IN_TOUCH YES 2025-10-10");
        // the residential home is in the carers register by its URN; foster placements are not linked
        assertThat(jdbc.sql("SELECT count(*) FROM carer WHERE ofsted_urn = 'SC654321'").query(Long.class).single())
                .isEqualTo(1);
        // every child written is access-logged once
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE what LIKE 'Imported from the 903 return%'")
                .query(Long.class).single()).isEqualTo(3);
        UUID c1 = childId("C1");
        // every listener of the import's events has finished (chronology, cohorts...): counts are then stable
        ChronologyTestSupport.settled(data);
        assertThat(jdbc.sql("SELECT count(*) FROM chronology_entry WHERE child_id = :c AND imported_by IS NOT NULL "
                + "AND title = 'Became looked after'").param("c", c1).query(Long.class).single()).isEqualTo(1);
        // the 903 has no names: the child's page says they are needed
        org.assertj.core.api.Assertions.assertThat(mvc.perform(get("/children/" + c1).with(data.as(data.head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("names are needed", "Not in return");

        Map<String, Long> before = counts();
        long events = count("event_publication");
        Map<String, Object> second = importAndWait(ret());
        assertThat(second.get("status")).isEqualTo("DONE");
        assertThat(map(second.get("children"))).containsEntry("created", 0).containsEntry("updated", 0)
                .containsEntry("unchanged", 3);
        assertThat(counts()).isEqualTo(before);
        assertThat(count("event_publication")).isEqualTo(events);
    }

    @Test
    void aChangedReturnUpdatesWhatChanged() throws Exception {
        assertThat(importAndWait(ret()).get("status")).isEqualTo("DONE");
        Map<String, String> next = ret();
        // next year's return: C1's open episode ended, a new one; C2's ethnicity corrected; a new review
        next.put("episodes.csv", EPISODES.replace("C1,10/09/2025,P,C2,N1,K2,PR4,,,,", 
                "C1,10/09/2025,P,C2,N1,K2,PR4,01/02/2026,X1,CLOSE,")
                + "C1,01/02/2026,P,C2,N1,U4,PR1,,,,LU5 4QQ,LU6 1AA,SC123456\n");
        next.put("header.csv", HEADER.replace("C2,2,15/08/2015,MWBC", "C2,2,15/08/2015,MWBA"));
        next.put("reviews.csv", REVIEWS + "C1,01/05/2012,01/11/2025,PN4\n");
        next.put("oc2.csv", OC2.replace("C1,01/05/2012,14,", "C1,01/05/2012,17,"));
        Map<String, Object> result = importAndWait(next);
        assertThat(result.get("status")).isEqualTo("DONE");
        assertThat(map(result.get("children"))).containsEntry("created", 0).containsEntry("updated", 2)
                .containsEntry("unchanged", 1);
        assertThat(count("episode")).isEqualTo(5);
        assertThat(jdbc.sql("SELECT dec FROM episode WHERE decom = DATE '2025-09-10'").query(String.class).single())
                .isEqualTo("2026-02-01");
        assertThat(jdbc.sql("SELECT ethnicity FROM child WHERE local_child_id = 'C2'").query(String.class).single())
                .isEqualTo("MWBA");
        assertThat(jdbc.sql("SELECT count(*) FROM statutory_activity WHERE kind = 'REVIEW'").query(Long.class)
                .single()).isEqualTo(4);
        // a changed SDQ score corrects the imported activity (a new version), not a second one
        assertThat(jdbc.sql("SELECT (details->>'score') || ' v' || version FROM statutory_activity WHERE kind = 'SDQ'")
                .query(String.class).single()).isEqualTo("17 v1");
    }

    @Test
    void aHearthEditAfterTheImportIsKeptAndListedAsAConflict() throws Exception {
        assertThat(importAndWait(ret()).get("status")).isEqualTo("DONE");
        // a worker corrects C2's ethnicity in Hearth; the corrected return still says MWBC but changes the UPN
        jdbc.sql("UPDATE child SET ethnicity = 'WBRI' WHERE local_child_id = 'C2'").update();
        Map<String, String> next = ret();
        next.put("header.csv", HEADER.replace("C2,2,15/08/2015,MWBC,UN2", "C2,2,15/08/2015,MWBC,UN3"));
        Map<String, Object> result = importAndWait(next);
        assertThat(result.get("status")).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT ethnicity || upn FROM child WHERE local_child_id = 'C2'").query(String.class)
                .single()).isEqualTo("WBRIUN2");
        List<Map<String, Object>> conflicts = list(result.get("conflicts"));
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0)).containsEntry("child", "C2").containsEntry("table", "Header")
                .containsEntry("row", 3);
        assertThat((String) conflicts.get(0).get("hearthHas")).contains("WBRI");
        assertThat((String) conflicts.get(0).get("value")).contains("UN3");
    }

    @Test
    void malformedReturnsAreRefusedRowByRowAndNothingIsWritten() throws Exception {
        Map<String, String> bad = ret();
        bad.put("header.csv", HEADER + "C1,1,01/05/2012,WBRI,,,\n" + "C4,3,31/02/2014,XXXX,,,\n");
        bad.put("episodes.csv", EPISODES
                + "C2,01/03/2025,P,V2,N2,U1,PR1,,,,LU5 4QQ,LU5 4QZ,SC111111\n"
                + "C9,01/03/2025,S,V2,N2,U1,PR1,,,,LU5 4QQ,LU5 4QZ,SC111111\n"
                + "C3,01/11/2025,S,ZZ,N4,R1,PR2,01/10/2025,E8,,LU5 4QQ,LU1 1AA,SC222222\n");
        bad.put("reviews.csv", REVIEWS + "C1,01/05/2012,10/12/2024,PN1\n" + "C2,02/02/2002,05/05/2025,PN1\n");
        Map<String, Long> before = counts();
        Map<String, Object> result = importAndWait(bad);
        assertThat(result.get("status")).isEqualTo("REFUSED");
        assertThat(counts()).isEqualTo(before);
        List<Map<String, Object>> problems = list(result.get("problems"));
        assertThat(problems).extracting(p -> p.get("table") + " " + p.get("row") + " " + p.get("column"))
                .contains(
                        "Header 5 CHILD",       // C1 twice
                        "Header 6 SEX",         // 3 is no sex code
                        "Header 6 DOB",         // 31 February
                        "Header 6 ETHNIC",      // unknown code
                        "Episodes 6 DECOM",     // overlaps C2's episode from 03/02/2025 to 20/12/2025
                        "Episodes 7 CHILD",     // C9 is not in Header
                        "Episodes 8 LS",        // unknown legal status
                        "Episodes 8 DEC",       // ends before it starts
                        "Reviews 5 null",       // the same row twice
                        "Reviews 6 DOB");       // date of birth differs from Header
        Map<String, Object> dob = problems.stream().filter(p -> "DOB".equals(p.get("column"))
                && "Header".equals(p.get("table"))).findFirst().orElseThrow();
        assertThat(dob).containsEntry("file", "header.csv").containsEntry("value", "31/02/2014");
        assertThat((String) dob.get("message")).isNotBlank();
    }

    @Test
    void theDfeRulesRunOverTheReturnWithLastYearsFilesAndTheirFindingsAreReportedNotRefused() throws Exception {
        // last year's return recorded C1 with another date of birth: rule 203 compares the years
        MockMultipartHttpServletRequestBuilder upload = request(ret());
        upload.file(new MockMultipartFile("previous", "header.csv", "text/csv",
                HEADER.replace("C1,1,01/05/2012", "C1,1,02/05/2012").getBytes(StandardCharsets.UTF_8)));
        String location = mvc.perform(upload.with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        Map<String, Object> result = await(location);
        assertThat(result.get("status")).isEqualTo("DONE");
        assertThat(list(result.get("findingsByRule"))).anySatisfy(r -> assertThat(r)
                .containsEntry("ruleCode", "203").containsEntry("count", 1));
        assertThat(list(result.get("findings"))).filteredOn(f -> "203".equals(f.get("ruleCode"))).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("child", "C1").containsEntry("table", "Header")
                        .containsEntry("row", 2).containsEntry("fields", List.of("DOB")));
        // without last year's files, the rules comparing years are not run
        Map<String, Object> again = importAndWait(ret());
        assertThat(list(again.get("findingsByRule"))).noneSatisfy(r -> assertThat(r.get("ruleCode"))
                .isEqualTo("203"));
    }

    @Test
    void aDateUascCeasesStillToComeIsAcceptedOnlyAsTheEighteenthBirthday() throws Exception {
        Map<String, String> guessed = ret();
        guessed.put("uasc.csv", UASC + "C2,2,15/08/2015,01/01/2030\n");
        Map<String, Object> refused = importAndWait(guessed);
        assertThat(refused.get("status")).isEqualTo("REFUSED");
        assertThat(list(refused.get("problems"))).extracting(p -> p.get("table") + " " + p.get("row") + " "
                + p.get("column")).containsExactly("UASC 3 DUC");
        // the 18th birthday, given ahead as rule 205B expects: still UASC, with no ceased date until it comes
        Map<String, String> atEighteen = ret();
        atEighteen.put("uasc.csv", UASC + "C2,2,15/08/2015,15/08/2033\n");
        assertThat(importAndWait(atEighteen).get("status")).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT uasc || ' ' || coalesce(uasc_ceased_on::text, 'not ceased') FROM child "
                + "WHERE local_child_id = 'C2'").query(String.class).single()).isEqualTo("true not ceased");
    }

    @Test
    void permanenceRowsHearthWouldRefuseAreReportedAndAGoodOneIsKeptAgainstAHearthEdit() throws Exception {
        Map<String, String> bad = ret();
        bad.put("previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n"
                + "C1,01/05/2012,Z1,,01/02/2020\n" + "C2,15/08/2015,P2,821,2019-05-01\n");
        bad.put("placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n"
                + "C2,15/08/2015,01/03/2025,01/06/2025,\n");
        bad.put("ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n"
                + "C2,15/08/2015,01/03/2025,01/05/2025,0,1,MM,L0\n");
        bad.put("DoLo.csv", "CHILD,DOB,DOLO_START,DOLO_END\n" + "C1,01/05/2012,01/07/2025,\n"
                + "C1,01/05/2012,01/09/2025,01/10/2025\n");
        Map<String, Object> refused = importAndWait(bad);
        assertThat(refused.get("status")).isEqualTo("REFUSED");
        assertThat(list(refused.get("problems"))).extracting(p -> p.get("table") + " " + p.get("row") + " "
                + p.get("column")).contains(
                        "PrevPerm 2 DATE_PERM",                  // Z1 with a date (rule 635)
                        "PrevPerm 3 DATE_PERM",                  // not dd/mm/yyyy
                        "PlacedAdoption 2 REASON_PLACED_CEASED", // reversed without a reason (rule 119)
                        "AD1 2 SEX_ADOPTR",                      // one adopter is not a couple (MM)
                        "DoLo 2 DOLO_START",                     // the two orders overlap (rule 705): both named
                        "DoLo 3 DOLO_START");
        assertThat(count("previous_permanence")).isZero();

        Map<String, String> good = ret();
        good.put("previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n"
                + "C2,15/08/2015,P2,821,zz/05/2019\n");
        good.put("DoLo.csv", "CHILD,DOB,DOLO_START,DOLO_END\n" + "C1,01/05/2012,01/07/2025,01/08/2025\n");
        assertThat(importAndWait(good).get("status")).isEqualTo("DONE");
        // the order's making and ending are key events in the chronology, marked as imported
        UUID c1 = jdbc.sql("SELECT id FROM child WHERE local_child_id = 'C1'").query(UUID.class).single();
        String orderEntries = "SELECT count(*) FROM chronology_entry WHERE child_id = :c AND imported_by IS NOT NULL "
                + "AND title LIKE 'Deprivation of Liberty Order%'";
        long until = System.currentTimeMillis() + 10_000;
        while (jdbc.sql(orderEntries).param("c", c1).query(Long.class).single() < 2
                && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(jdbc.sql(orderEntries).param("c", c1).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT option_code || ' ' || order_date FROM previous_permanence").query(String.class)
                .single()).isEqualTo("P2 zz/05/2019");
        // a worker corrects it in Hearth; the same return again keeps the worker's record and lists the conflict
        jdbc.sql("UPDATE previous_permanence SET option_code = 'P3'").update();
        Map<String, Object> again = importAndWait(good);
        assertThat(jdbc.sql("SELECT option_code FROM previous_permanence").query(String.class).single())
                .isEqualTo("P3");
        assertThat(list(again.get("conflicts"))).extracting(c -> c.get("table")).contains("PrevPerm");
        assertThat(jdbc.sql(orderEntries).param("c", c1).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void unreadableFilesAreRefusedWithTheFileNamed() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("header.csv", HEADER);
        bad.put("notes.csv", "SOMETHING,ELSE\n1,2\n");
        Map<String, Object> result = importAndWait(bad);
        assertThat(result.get("status")).isEqualTo("REFUSED");
        assertThat(list(result.get("problems"))).extracting(p -> p.get("file")).contains("notes.csv");
        assertThat(count("child")).isZero();
    }

    @Test
    void aFailureWhileWritingRollsTheWholeImportBack() throws Exception {
        // the missing module's table refuses what the import writes last: the children and episodes written before
        // it must go too
        data.ownerJdbc().update("ALTER TABLE missing_episode ADD CONSTRAINT test_refuse_imports "
                + "CHECK (risk_note IS NULL)");
        try {
            Map<String, Long> before = counts();
            Map<String, Object> result = importAndWait(ret());
            assertThat(result.get("status")).isEqualTo("FAILED");
            assertThat((String) result.get("failure")).startsWith("Nothing was written.");
            assertThat(counts()).isEqualTo(before);
        } finally {
            data.ownerJdbc().update("ALTER TABLE missing_episode DROP CONSTRAINT test_refuse_imports");
        }
    }

    @Test
    void onlyImportersMayImportOrReadAnImport() throws Exception {
        mvc.perform(request(ret()).with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(request(ret()).with(data.as(data.worker)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(request(ret()).with(data.as(data.manager)).with(csrf())).andExpect(status().isForbidden());
        String location = mvc.perform(request(ret()).with(data.as(data.admin)).with(csrf()))
                .andExpect(status().isAccepted()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("QUEUED")).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location)).andExpect(status().isUnauthorized());
        mvc.perform(get(location).with(data.as(data.worker))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(data.as(data.head))).andExpect(status().isOk());
        await(location);
        mvc.perform(request(ret()).param("year", "2020").with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOutcomeNotForTheChildsAgeIsLeftOutWithANoticeNotRefused() throws Exception {
        // C1 is 13: a development check (HEALTH_CHECK) is for under-5s only (DfE rule 546)
        Map<String, String> files = ret();
        files.put("oc2.csv", OC2.replace("C1,01/05/2012,14,,0,,", "C1,01/05/2012,14,,0,1,"));
        Map<String, Object> result = importAndWait(files);
        assertThat(result.get("status")).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT count(*) FROM statutory_activity WHERE kind = 'DEVELOPMENT_CHECK'")
                .query(Long.class).single()).isZero();
        assertThat(list(result.get("notices"))).singleElement().satisfies(n -> assertThat(n)
                .containsEntry("child", "C1").containsEntry("column", "HEALTH_CHECK").containsEntry("value", "1"))
                .satisfies(n -> assertThat((String) n.get("message")).startsWith("Not recorded: "));
        assertThat(list(result.get("findingsByRule"))).anySatisfy(r -> assertThat(r).containsEntry("ruleCode",
                "546"));
    }

    @Test
    void motherStatusAndConvictionsAreImportedOnceAndAHearthCorrectionOfThemIsKept() throws Exception {
        Map<String, String> files = ret();
        files.put("header.csv", HEADER
                .replace("C1,1,01/05/2012,WBRI,A123456789012,,", "C1,1,01/05/2012,WBRI,A123456789012,0,")
                .replace("C2,2,15/08/2015,MWBC,UN2,,", "C2,2,15/08/2015,MWBC,UN2,0,")
                + "C4,F,01/02/2009,WBRI,,1,05/06/2025\n");
        files.put("oc2.csv", OC2.replace("C1,01/05/2012,14,,0,", "C1,01/05/2012,14,,1,"));
        assertThat(importAndWait(files).get("status")).isEqualTo("DONE");
        // C1 is male: no mother status in Hearth (rule 165), whatever the return says
        assertThat(mother("C1")).isEqualTo("null null");
        assertThat(mother("C2")).isEqualTo("false null");
        assertThat(mother("C4")).isEqualTo("true 2025-06-05");
        // CONVICTED 1: one record of a conviction or caution, kind and date not given, dated at the year's end
        assertThat(jdbc.sql("SELECT details->>'outcome' || ' ' || activity_date || ' ' || (details->>'notes') "
                + "FROM statutory_activity WHERE kind = 'YOUTH_JUSTICE_OUTCOME'").query(String.class).single())
                .startsWith("NOT_GIVEN 2026-03-31 Imported from the 903 return (OC2 CONVICTED)")
                .contains("neither which nor the date");

        Map<String, Long> before = counts();
        Map<String, Object> again = importAndWait(files);
        assertThat(map(again.get("children"))).containsEntry("updated", 0).containsEntry("unchanged", 4);
        assertThat(list(again.get("conflicts"))).isEmpty();
        assertThat(counts()).isEqualTo(before);

        // a worker corrects the date in Hearth: the same return again keeps Hearth's and lists the conflict, and
        // the rest of the row still imports (a changed UPN)
        jdbc.sql("UPDATE child SET first_child_born_on = DATE '2025-06-04' WHERE local_child_id = 'C4'").update();
        files.put("header.csv", files.get("header.csv").replace("C4,F,01/02/2009,WBRI,,", "C4,F,01/02/2009,WBRI,UN3,"));
        Map<String, Object> third = importAndWait(files);
        assertThat(third.get("status")).isEqualTo("DONE");
        assertThat(mother("C4")).isEqualTo("true 2025-06-04");
        assertThat(jdbc.sql("SELECT upn FROM child WHERE local_child_id = 'C4'").query(String.class).single())
                .isEqualTo("UN3");
        List<Map<String, Object>> conflicts = list(third.get("conflicts"));
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0)).containsEntry("child", "C4").containsEntry("table", "Header")
                .containsEntry("column", "MOTHER, MC_DOB");
        assertThat((String) conflicts.get(0).get("hearthHas")).contains("2025-06-04");
        // a MOTHER other than 0 or 1, and an MC_DOB that is not a date, are refused
        Map<String, String> bad = ret();
        bad.put("header.csv", HEADER.replace("C2,2,15/08/2015,MWBC,UN2,,", "C2,2,15/08/2015,MWBC,UN2,Y,32/01/2025"));
        assertThat(list(importAndWait(bad).get("problems"))).extracting(p -> p.get("table") + " " + p.get("column"))
                .contains("Header MOTHER", "Header MC_DOB");
        // as is a first child born before the mother's 11th birthday (rule 620), as the child details form words it
        bad.put("header.csv", HEADER.replace("C2,2,15/08/2015,MWBC,UN2,,", "C2,2,15/08/2015,MWBC,UN2,1,01/03/2026"));
        assertThat(list(importAndWait(bad).get("problems"))).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("column", "MC_DOB").containsEntry("value", "01/03/2026")
                .containsEntry("message", "Date of birth of her first child must be on or after her 11th birthday"));
    }

    @Test
    void aMotherStatusNobodyRecordedInHearthIsFilledInFromTheReturnWithoutAConflict() throws Exception {
        // C2 was recorded in Hearth before any import, with other details than the return's and no mother status
        data.aChild().localChildId("C2").born(java.time.LocalDate.of(2015, 8, 15)).create();
        Map<String, String> files = ret();
        files.put("header.csv", HEADER.replace("C2,2,15/08/2015,MWBC,UN2,,", "C2,2,15/08/2015,MWBC,UN2,0,"));
        Map<String, Object> result = importAndWait(files);
        assertThat(result.get("status")).isEqualTo("DONE");
        assertThat(mother("C2")).isEqualTo("false null");
        // Hearth's own details are kept (a conflict), its empty mother status is not
        assertThat(list(result.get("conflicts"))).extracting(c -> c.get("child") + " " + c.get("column"))
                .containsExactly("C2 SEX, DOB, ETHNIC, UPN, UASC");
        assertThat(list(importAndWait(files).get("conflicts"))).extracting(c -> c.get("column"))
                .doesNotContain("MOTHER, MC_DOB");
    }

    private String mother(String localChildId) {
        return jdbc.sql("SELECT coalesce(mother::text, 'null') || ' ' || coalesce(first_child_born_on::text, 'null') "
                + "FROM child WHERE local_child_id = :id").param("id", localChildId).query(String.class).single();
    }

    // helpers

    public static Map<String, String> ret() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("header.csv", HEADER);
        files.put("episodes.csv", EPISODES);
        files.put("uasc.csv", UASC);
        files.put("reviews.csv", REVIEWS);
        files.put("missing.csv", MISSING);
        files.put("oc2.csv", OC2);
        files.put("oc3.csv", OC3);
        return files;
    }

    public static MockMultipartHttpServletRequestBuilder request(Map<String, String> files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/returns/903/imports");
        files.forEach((name, text) -> request.file(new MockMultipartFile("files", name, "text/csv",
                text.getBytes(StandardCharsets.UTF_8))));
        request.param("year", "2026");
        return request;
    }

    Map<String, Object> importAndWait(Map<String, String> files) throws Exception {
        return importAndWait(mvc, data, files);
    }

    Map<String, Object> await(String location) throws Exception {
        return await(mvc, data, location);
    }

    /** Imports the files as the 2025-26 return, as the performance officer, and waits for the import's end. */
    public static Map<String, Object> importAndWait(MockMvc mvc, TestData data, Map<String, String> files)
            throws Exception {
        String location = mvc.perform(request(files).with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        return await(mvc, data, location);
    }

    /** Polls the import's status until it is done, refused or failed (30 s at most). */
    public static Map<String, Object> await(MockMvc mvc, TestData data, String location) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            String body = mvc.perform(get(location).with(data.as(data.performance))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            Map<String, Object> status = JsonPath.read(body, "$");
            if (List.of("DONE", "REFUSED", "FAILED").contains(status.get("status"))) {
                return status;
            }
            assertThat(System.currentTimeMillis()).as("import finished").isLessThan(until);
            Thread.sleep(50);
        }
    }


    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    UUID childId(String localId) {
        return jdbc.sql("SELECT id FROM child WHERE local_child_id = :id").param("id", localId).query(UUID.class)
                .single();
    }

    long count(String table) {
        return data.count(table);
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("child", "episode", "carer", "statutory_activity", "missing_episode",
                "care_leaver_status", "rag_rating",
                "return_imported_record", "access_log")) {
            counts.put(table, count(table));
        }
        return counts;
    }
}
