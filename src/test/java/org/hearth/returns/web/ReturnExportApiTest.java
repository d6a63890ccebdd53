package org.hearth.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hearth.careleavers.CareLeaverRecords;
import org.hearth.careleavers.LeavingCareHistory;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.children.internal.ChildService;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.PermanenceRecords;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.NewActivity;
import org.hearth.practice.StatutoryActivities;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 903 return exported from a small hand-made set of Hearth records: the rows each table should have for 2026-27,
 * nothing from outside the year, and every child in it logged as exported.
 */
class ReturnExportApiTest extends IntegrationTest {

    private static final String EXPORT = "/api/v1/returns/903/export?year=2027&format=csv-zip";

    @Autowired
    StatutoryActivities activities;
    @Autowired
    CareLeaverRecords careLeavers;
    @Autowired
    PermanenceRecords permanence;
    @Autowired
    ChildService childService;

    UUID longTerm;
    UUID newlyInCare;
    UUID leftLongAgo;
    UUID careLeaver;

    @BeforeEach
    void records() {
        // in care since January 2025, still looked after: Header, Episodes, Reviews, OC2
        longTerm = data.aChild().localChildId("A1").born(LocalDate.of(2014, 3, 14)).mother(false, null).create();
        data.startCare(longTerm, LocalDate.of(2025, 1, 10));
        activities.load(List.of(
                new NewActivity(longTerm, LocalDate.of(2014, 3, 14), ActivityKind.REVIEW, LocalDate.of(2026, 6, 1),
                        Map.of("participation", "PN1", "chair", "Ivy Reid")),
                new NewActivity(longTerm, LocalDate.of(2014, 3, 14), ActivityKind.REVIEW, LocalDate.of(2026, 2, 1),
                        Map.of("participation", "PN2", "chair", "Ivy Reid")),
                new NewActivity(longTerm, LocalDate.of(2014, 3, 14), ActivityKind.HEALTH_ASSESSMENT,
                        LocalDate.of(2026, 7, 1), Map.of("type", "REVIEW")),
                new NewActivity(longTerm, LocalDate.of(2014, 3, 14), ActivityKind.DENTAL_CHECK,
                        LocalDate.of(2026, 8, 1), Map.of()),
                // a youth caution in the year: OC2 CONVICTED 1 (aged 13 at 31 March)
                new NewActivity(longTerm, LocalDate.of(2014, 3, 14), ActivityKind.YOUTH_JUSTICE_OUTCOME,
                        LocalDate.of(2026, 9, 1), Map.of("outcome", "YOUTH_CAUTION"))), data.head);
        // started in the year: Header, Episodes, PrevPerm, DoLo
        newlyInCare = data.aChild().localChildId("B2").born(LocalDate.of(2012, 5, 1))
                .mother(true, LocalDate.of(2026, 5, 2)).create();
        data.startCare(newlyInCare, LocalDate.of(2026, 6, 1));
        permanence.replace(List.of(new ChildPermanence(newlyInCare, new PreviousPermanence(newlyInCare, "P2", "821",
                "zz/05/2019", 0), List.of(), null, List.of(new DeprivationOfLibertyOrder(null, newlyInCare,
                        LocalDate.of(2026, 7, 1), null, 0)))), data.head);
        // left care before the year: not in it
        leftLongAgo = data.aChild().localChildId("C3").born(LocalDate.of(2012, 5, 1)).create();
        data.startCare(leftLongAgo, LocalDate.of(2024, 1, 1));
        data.record(leftLongAgo, new EpisodeCommand(EpisodeCommandType.END_CARE, LocalDate.of(2025, 12, 1), null,
                null, null, null, null, null, null, null, "E4A"));
        // left care at 17, 18th birthday in the year: Header and OC3 only
        // a mother, but not looked after in the year: no mother status in the return (rule 628)
        careLeaver = data.aChild().localChildId("D4").born(LocalDate.of(2008, 6, 15)).inTeam(data.leavingCareTeam)
                .allocatedTo(data.personalAdviser).mother(true, LocalDate.of(2025, 8, 1)).create();
        data.startCare(careLeaver, LocalDate.of(2024, 1, 1));
        data.record(careLeaver, new EpisodeCommand(EpisodeCommandType.END_CARE, LocalDate.of(2026, 3, 1), null,
                null, null, null, null, null, null, null, "E5"));
        careLeavers.load(List.of(new LeavingCareHistory(careLeaver, data.personalAdviser, LocalDate.of(2026, 3, 1),
                List.of(new LeavingCareHistory.Coded("YES", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 10))),
                List.of(new LeavingCareHistory.Coded("F2", LocalDate.of(2026, 3, 1), null),
                        new LeavingCareHistory.Coded("G5", LocalDate.of(2026, 9, 1), null)),
                List.of(new LeavingCareHistory.Coded("D1", LocalDate.of(2026, 3, 1), null)), null, null,
                List.of())), data.head);
    }

    @Test
    void refusesThoseWhoDoNotPrepareTheReturnAndBadYearsOrFormats() throws Exception {
        mvc.perform(get(EXPORT)).andExpect(status().isUnauthorized());
        mvc.perform(get(EXPORT).with(data.as(data.worker))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/returns/903/export?year=1999&format=csv-zip").with(data.as(data.performance)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/returns/903/export?year=2027&format=pdf").with(data.as(data.performance)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void aRestrictedRecordTheOfficerIsNotNamedOnIsLeftOutAndCountedNeverSilently() throws Exception {
        UUID restricted = data.aChild().localChildId("R9").born(LocalDate.of(2013, 2, 1)).create();
        data.startCare(restricted, LocalDate.of(2026, 2, 1));
        childService.restrict(data.currentUser(data.head), restricted, "Adoption placement");
        var response = mvc.perform(get(EXPORT).with(data.as(data.performance))).andExpect(status().isOk())
                .andExpect(header().string("Hearth-Restricted-Children-Left-Out", "1")).andReturn().getResponse();
        assertThat(unzip(response.getContentAsByteArray()).get("header.csv")).doesNotContain("R9");
        mvc.perform(get("/api/v1/returns/903/validation?year=2027").with(data.as(data.performance)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.restrictedChildrenLeftOut").value(1));
        mvc.perform(get(EXPORT.replace("csv-zip", "xml")).with(data.as(data.performance)))
                .andExpect(header().string("Hearth-Restricted-Children-Left-Out", "1"));
    }

    @Test
    void aUascChildWhoseStatusHasNotCeasedIsReturnedWithTheEighteenthBirthday() throws Exception {
        // rule 205B: the date UASC status ceases by age (rule 304) is given ahead of time
        UUID uasc = data.aChild().localChildId("E5").born(LocalDate.of(2010, 2, 1)).uasc().create();
        data.startCare(uasc, LocalDate.of(2026, 1, 1));
        Map<String, String> files = unzip(mvc.perform(get(EXPORT).with(data.as(data.performance)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(files.get("uasc.csv")).isEqualTo(lines("CHILD,SEX,DOB,DUC", "E5,F,01/02/2010,01/02/2028"));
    }

    @Test
    void exportsEachTableFromTheRecordsOfTheYearAndLogsEachChild() throws Exception {
        byte[] zip = mvc.perform(get(EXPORT).with(data.as(data.performance))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);

        assertThat(files.get("header.csv")).isEqualTo(lines("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "A1,F,14/03/2014,BAFR,A123456789012,0,",
                "B2,F,01/05/2012,BAFR,A123456789012,1,02/05/2026",
                "D4,F,15/06/2008,BAFR,A123456789012,,"));
        assertThat(files.get("episodes.csv")).isEqualTo(lines(
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "A1,10/01/2025,S,C1,N1,U6,PR1,,,,LU5 4QQ,LU5 4QQ,",
                "B2,01/06/2026,S,C1,N1,U6,PR1,,,,LU5 4QQ,LU5 4QQ,"));
        assertThat(files.get("reviews.csv")).isEqualTo(lines("CHILD,DOB,REVIEW,REVIEW_CODE",
                "A1,14/03/2014,01/06/2026,PN1"));
        assertThat(files.get("oc2.csv")).isEqualTo(lines("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,"
                + "IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,"
                + "INTERVENTION_OFFERED", "A1,14/03/2014,,,1,,0,1,1,0,,"));
        assertThat(files.get("oc3.csv")).isEqualTo(lines("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "D4,15/06/2008,YES,F2,D1"));
        assertThat(files.get("previous_permanence.csv")).isEqualTo(lines("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM",
                "B2,01/05/2012,P2,821,ZZ/05/2019")); // values are upper-cased, as on reading
        assertThat(files.get("DoLo.csv")).isEqualTo(lines("CHILD,DOB,DOLO_START,DOLO_END",
                "B2,01/05/2012,01/07/2026,"));
        assertThat(files.get("uasc.csv")).isEqualTo(lines("CHILD,SEX,DOB,DUC"));
        // every child was created today (the test clock), allocated from then on, as a first contact
        assertThat(files.get("sw_episodes.csv")).contains("A1,14/03/2014,XX", ",26/11/2026,,FCONTA");
        assertThat(files).containsKeys("missing.csv", "ad1.csv", "placed_for_adoption.csv");
        for (String file : files.values()) {
            assertThat(file).doesNotContain("C3");
        }
        assertThat(data.ownerJdbc().queryForObject("SELECT count(DISTINCT child_id) FROM access_log WHERE action = "
                + "'EXPORT' AND user_id = ? AND what = '903 return 2026-27'", Long.class, data.performance))
                .isEqualTo(3);
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE action = 'EXPORT' AND "
                + "child_id = ?", Long.class, leftLongAgo)).isZero();
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void theXmlFormHoldsTheSameReturnAsTheCsvSet() throws Exception {
        byte[] zip = mvc.perform(get(EXPORT).with(data.as(data.performance))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] xml = mvc.perform(get("/api/v1/returns/903/export?year=2027&format=xml").with(data.as(
                data.performance))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/xml")))
                .andReturn().getResponse().getContentAsByteArray();
        var fromCsv = org.hearth.returns.internal.data.ReturnFiles.fromUploads(List.of(
                new org.hearth.returns.internal.data.ReturnFile("return.zip", zip)));
        var fromXml = org.hearth.returns.internal.data.ReturnFiles.fromUploads(List.of(
                new org.hearth.returns.internal.data.ReturnFile("return.xml", xml)));
        assertThat(fromCsv.problems()).isEmpty();
        assertThat(fromXml.problems()).isEmpty();
        for (var table : org.hearth.returns.internal.data.ReturnTable.values()) {
            // the file columns: XML carries Header's UASC flag, which CSV leaves to be derived
            int columns = table.fileColumns().size();
            assertThat(fromXml.data().rows(table).stream().map(r -> java.util.Arrays.asList(r.values())
                    .subList(0, columns)).toList()).as(table.dfeName()).isEqualTo(fromCsv.data().rows(table)
                            .stream().map(r -> java.util.Arrays.asList(r.values()).subList(0, columns)).toList());
        }
        assertThat(fromXml.data().rows(org.hearth.returns.internal.data.ReturnTable.EPISODES)).isNotEmpty();
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
