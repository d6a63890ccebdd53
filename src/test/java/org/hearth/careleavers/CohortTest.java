package org.hearth.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cohort page and API: who is in it, who sees whom, filters, sorting, paging, KPIs, CSV and out of area. */
class CohortTest extends IntegrationTest {

    UUID jade;
    UUID kai;
    UUID lena;
    UUID southLeaver;
    UUID eligible;

    @BeforeEach
    void aSmallCohort() throws Exception {
        data.postcodeSample();
        jade = CareLeaverTestSupport.formerRelevant(data, "Jade", "Morris", data.northTeam, data.worker);
        kai = CareLeaverTestSupport.formerRelevant(data, "Kai", "Adams", data.northTeam, data.worker);
        lena = CareLeaverTestSupport.formerRelevant(data, "Lena", "Brook", data.northTeam, data.worker);
        southLeaver = CareLeaverTestSupport.formerRelevant(data, "Sam", "Zed", data.southTeam, data.otherWorker);
        // 16, looked after for two years: eligible, not yet a care leaver for the KPIs
        eligible = data.aChild().named("Eli", "Gibb").born(LocalDate.of(2010, 5, 1)).create();
        data.startCare(eligible, LocalDate.of(2024, 6, 1));
        // under 16 and never looked after at 16: not in the cohort
        data.startCare(data.aChild().named("Young", "One").born(LocalDate.of(2012, 1, 1)).create(),
                LocalDate.of(2025, 1, 1));
        CareLeaverTestSupport.settled(data);
        record(jade, "activity", "F1", LocalDate.of(2026, 9, 1));
        record(jade, "accommodation", "U1", LocalDate.of(2025, 1, 1));
        record(jade, "in-touch", "YES", LocalDate.of(2025, 1, 1));
        record(kai, "activity", "G5", LocalDate.of(2026, 1, 1));
        record(kai, "accommodation", "D2", LocalDate.of(2025, 1, 1));
        record(kai, "in-touch", "YES", LocalDate.of(2025, 1, 1));
        record(lena, "activity", "P5", LocalDate.of(2026, 1, 1));
        record(lena, "accommodation", "Z1", LocalDate.of(2025, 1, 1));
        // Lena moves to Birmingham: out of area
        var child = data.ownerJdbc();
        child.update("UPDATE child SET current_postcode = 'B1 1SY' WHERE id = ?", lena);
        child.update("UPDATE child SET current_postcode = 'ZZ9 9ZZ' WHERE id = ?", kai);
        data.ownerJdbc().execute("SELECT 1");
    }

    private void record(UUID child, String form, String code, LocalDate since) throws Exception {
        int version = data.ownerJdbc().queryForList("SELECT version FROM care_leaver WHERE child_id = ?",
                Integer.class, child).stream().findFirst().orElse(0);
        var request = post("/children/" + child + "/leaving-care/" + form).with(data.as(data.head)).with(csrf())
                .param("version", String.valueOf(version)).param("code", code)
                .param("sinceDay", String.valueOf(since.getDayOfMonth()))
                .param("sinceMonth", String.valueOf(since.getMonthValue()))
                .param("sinceYear", String.valueOf(since.getYear()));
        if (form.equals("in-touch")) {
            request = request.param("lastContactOnDay", "20").param("lastContactOnMonth", "11")
                    .param("lastContactOnYear", "2026");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** Postcodes changed straight in the table: work the rows out again as the listeners would. */
    @org.springframework.beans.factory.annotation.Autowired
    org.hearth.careleavers.internal.CohortRefresh refresh;

    @org.springframework.beans.factory.annotation.Autowired
    org.hearth.policy.Policies policies;

    private void refreshed() {
        refresh.rebuildAll();
    }

    @Test
    void aWorkerSeesTheirTeamsYoungPeopleAHeadOfServiceSeesEveryone() throws Exception {
        refreshed();
        mvc.perform(get("/api/v1/care-leavers").with(data.as(data.worker)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Kai Adams",
                        "Lena Brook", "Eli Gibb", "Jade Morris")));
        mvc.perform(get("/api/v1/care-leavers").with(data.as(data.head))).andExpect(jsonPath("$.total").value(5));
        // a restricted record leaves the cohort of everyone not named on it
        data.ownerJdbc().update("UPDATE child SET restricted = true WHERE id = ?", jade);
        refreshed();
        mvc.perform(get("/api/v1/care-leavers").with(data.as(data.worker))).andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void onlyAdministratorsRebuildTheCohortAndTheRebuildFindsEveryYoungPerson() throws Exception {
        mvc.perform(post("/api/v1/admin/care-leavers-cohort-rebuilds").with(csrf()))
                .andExpect(status().isUnauthorized());
        for (UUID user : new UUID[] {data.worker, data.manager, data.head, data.performance}) {
            mvc.perform(post("/api/v1/admin/care-leavers-cohort-rebuilds").with(data.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        data.ownerJdbc().update("DELETE FROM care_leaver_cohort");
        mvc.perform(post("/api/v1/admin/care-leavers-cohort-rebuilds").with(data.as(data.admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(5));
        assertThat(data.count("care_leaver_cohort")).isEqualTo(5);
    }

    @Test
    void filtersSortAndPages() throws Exception {
        refreshed();
        mvc.perform(get("/api/v1/care-leavers?rating=RED").with(data.as(data.head)))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Kai Adams")));
        // Jade F1/U1 and Lena P5/Z1: green; Sam nothing recorded and Eli (in care) no activity: amber EET
        mvc.perform(get("/api/v1/care-leavers?eetRating=GREEN&circumstancesRating=GREEN").with(data.as(data.head)))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Lena Brook",
                        "Jade Morris")));
        mvc.perform(get("/api/v1/care-leavers?eetRating=AMBER").with(data.as(data.head)))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Eli Gibb",
                        "Sam Zed")));
        mvc.perform(get("/api/v1/care-leavers?team=" + data.southTeam).with(data.as(data.head)))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Sam Zed")));
        mvc.perform(get("/api/v1/care-leavers?age=16-17").with(data.as(data.head)))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Eli Gibb")));
        mvc.perform(get("/api/v1/care-leavers?sort=eet&size=2&page=0").with(data.as(data.head)))
                .andExpect(jsonPath("$.total").value(5)).andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].name").value("Kai Adams"));
        mvc.perform(get("/api/v1/care-leavers?sort=name&dir=desc&size=2&page=2").with(data.as(data.head)))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Kai Adams")));
        // descending is the exact reverse of ascending (so an index serves both ways), for every sortable column
        for (String sort : new String[] {"name", "age", "eet", "circumstances", "lives"}) {
            java.util.List<String> ascending = names("/api/v1/care-leavers?size=50&sort=" + sort);
            java.util.List<String> descending = new java.util.ArrayList<>(
                    names("/api/v1/care-leavers?size=50&dir=desc&sort=" + sort));
            java.util.Collections.reverse(descending);
            org.assertj.core.api.Assertions.assertThat(descending).as(sort).hasSize(5).isEqualTo(ascending);
        }
        mvc.perform(get("/api/v1/care-leavers?rating=PURPLE").with(data.as(data.head)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rating"));
        mvc.perform(get("/api/v1/care-leavers?sort=shoe").with(data.as(data.head)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    private java.util.List<String> names(String path) throws Exception {
        String json = mvc.perform(get(path).with(data.as(data.head))).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(json, "$.items[*].name");
    }

    @Test
    void outOfAreaIsFromThePostcodeAndAnUnknownPostcodeIsNeither() throws Exception {
        refreshed();
        mvc.perform(get("/api/v1/care-leavers?outOfArea=true").with(data.as(data.head)))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Lena Brook")))
                .andExpect(jsonPath("$.items[0].authorityName").value(org.hamcrest.Matchers.notNullValue()))
                .andExpect(jsonPath("$.items[0].milesFromHome").value(org.hamcrest.Matchers.greaterThan(30.0)));
        mvc.perform(get("/api/v1/care-leavers?outOfArea=false").with(data.as(data.head)))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "Jade Morris", "Sam Zed", "Eli Gibb")));
        mvc.perform(get("/api/v1/care-leavers?rating=GREEN&outOfArea=true&team=" + data.northTeam)
                .with(data.as(data.head))).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/care-leavers").with(data.as(data.head))).andExpect(jsonPath(
                "$.items[?(@.name == 'Kai Adams')].residenceStatus").value("UNKNOWN_POSTCODE"));
        // the home area widened to take in Birmingham: Lena is no longer out of area
        String birmingham = data.ownerJdbc().queryForObject("SELECT authority_code FROM care_leaver_cohort WHERE "
                + "child_id = ?", String.class, lena);
        policies.change(data.currentUser(data.admin), "places.home-area.neighbours", "E06000032,E06000055,"
                + birmingham, LocalDate.of(2026, 11, 26), "Young people placed in Birmingham by agreement");
        org.hearth.chronology.ChronologyTestSupport.settled(data);
        mvc.perform(get("/api/v1/care-leavers?outOfArea=true").with(data.as(data.head)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void kpisOnAKnownCohort() throws Exception {
        refreshed();
        // care leavers 19 today (former relevant): Jade F1/U1/YES, Kai G5/D2/YES, Lena P5/Z1/no in-touch, Sam none
        String page = mvc.perform(get("/care-leavers").with(data.as(data.head))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("19 to 21 (DfE)"));
        row = row.substring(0, row.indexOf("</tr>"));
        // 4 leavers; EET 2 (F1, P5) = 50%; suitable 2 (U1, Z1) = 50%; in touch 2 = 50%; out of area 1: Lena P5, Z1
        assertThat(row.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim())
                .isEqualTo("19 to 21 (DfE) 4 50% 50% 50% 1 100% 100% 0%");
        String young = page.substring(page.indexOf("17 to 18 (DfE)"));
        assertThat(young.substring(0, young.indexOf("</tr>")).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")
                .trim()).isEqualTo("17 to 18 (DfE) 0 – – – 0 – – –");
    }

    @Test
    void theCsvListsWhatTheUserSeesAndLogsEachYoungPersonAsExported() throws Exception {
        refreshed();
        String csv = mvc.perform(get("/care-leavers.csv?rating=RED").with(data.as(data.worker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("Kai Adams").doesNotContain("Sam Zed");
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? AND action = ?"
                + " AND what = 'care leavers cohort (CSV)'", Long.class, kai, AccessAction.EXPORT.name()))
                .isEqualTo(1);
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE action = 'EXPORT'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void theCohortNeedsSigningInAndARoleThatReadsChildren() throws Exception {
        mvc.perform(get("/api/v1/care-leavers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/care-leavers").with(data.as(data.admin))).andExpect(status().isForbidden());
        mvc.perform(get("/care-leavers.csv").with(data.as(data.admin))).andExpect(status().isForbidden());
    }
}
