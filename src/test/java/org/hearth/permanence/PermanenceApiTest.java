package org.hearth.permanence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.pathwayplans.PlanTestSupport.body;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.hearth.pathwayplans.PlanTestSupport.putJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A child's permanence records over the API: previous permanence, adoption decisions and match, Deprivation of
 * Liberty Orders. Bad input names the field, stale edits are refused, access is checked and logged.
 */
class PermanenceApiTest extends IntegrationTest {

    UUID child;
    String base;

    @BeforeEach
    void aChild() {
        child = data.aChild().born(LocalDate.of(2014, 3, 14)).create();
        base = "/api/v1/children/" + child;
    }

    @Test
    void signedOutCallersAndThoseWhoMayNotSeeTheChildAreRefusedAndTheRefusalLogged() throws Exception {
        mvc.perform(get(base + "/deprivation-of-liberty-orders")).andExpect(status().isUnauthorized());
        mvc.perform(postJson(base + "/deprivation-of-liberty-orders", body("startedOn", "2026-01-01")).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(postJson(base + "/deprivation-of-liberty-orders", body("startedOn", "2026-01-01"))
                .with(data.as(data.performance)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(base + "/adoption").with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? AND "
                + "user_id = ? AND outcome = 'DENIED'", Long.class, child, data.otherWorker)).isEqualTo(1);
    }

    @Test
    void previousPermanenceIsRecordedThenChangedWithItsETag() throws Exception {
        mvc.perform(postJson(base + "/previous-permanence", body("option", "Z1", "localAuthority", "821"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("localAuthority"));
        mvc.perform(postJson(base + "/previous-permanence", body("option", "P2", "orderDate", "31/02/2019"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orderDate"));
        mvc.perform(postJson(base + "/previous-permanence", body("option", "P2", "localAuthority", "821",
                "orderDate", "zz/05/2019")).with(data.as(data.worker)).with(csrf())).andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.orderDate").value("zz/05/2019"));
        mvc.perform(putJson(base + "/previous-permanence", body("option", "P3")).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isPreconditionRequired());
        mvc.perform(putJson(base + "/previous-permanence", body("option", "P3")).header("If-Match", "\"0\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.option").value("P3"));
        mvc.perform(putJson(base + "/previous-permanence", body("option", "P4")).header("If-Match", "\"0\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isPreconditionFailed());
        mvc.perform(get(base + "/previous-permanence").with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.option").value("P3")).andExpect(header().string("ETag", "\"1\""));
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? AND "
                + "what = 'recorded: previous permanence' AND outcome = 'ALLOWED'", Long.class, child)).isEqualTo(2);
    }

    @Test
    void aReversalNeedsItsReasonAndBecomesAChronologyEntry() throws Exception {
        mvc.perform(postJson(base + "/adoption/decisions", body("decidedOn", "2027-01-01"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
        String location = mvc.perform(postJson(base + "/adoption/decisions", body("decidedOn", "2026-02-01"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        // rule 579: no second decision while the first stands
        mvc.perform(postJson(base + "/adoption/decisions", body("decidedOn", "2026-06-01"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
        // rule 119: a reversal needs its reason
        mvc.perform(putJson(location, body("decidedOn", "2026-02-01", "reversedOn", "2026-05-01"))
                .header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reversalReason"));
        mvc.perform(putJson(location, body("decidedOn", "2026-02-01", "reversedOn", "2026-01-01",
                "reversalReason", "RD1")).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reversedOn"));
        mvc.perform(putJson(location, body("decidedOn", "2026-02-01", "reversedOn", "2026-05-01",
                "reversalReason", "RD3")).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reversalReason").value("RD3"));
        Awaitility.await().untilAsserted(() -> assertThat(data.ownerJdbc().queryForObject(
                "SELECT count(*) FROM chronology_entry WHERE child_id = ? AND title LIKE 'Decision:%'", Long.class,
                child)).isEqualTo(2));
    }

    @Test
    void theMatchMustDescribeTheAdoptersConsistently() throws Exception {
        mvc.perform(postJson(base + "/adoption/match", body("matchedOn", "2026-09-01", "byFosterCarers", "false",
                "adopterCount", "1", "adopterSex", "MF", "adopterLegalStatus", "L0")).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("adopterSex"));
        mvc.perform(postJson(base + "/adoption/match", body("matchedOn", "2026-09-01", "byFosterCarers", "true",
                "adopterCount", "2", "adopterSex", "FF", "adopterLegalStatus", "L12")).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isCreated());
        mvc.perform(get(base + "/adoption").with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.match.adopterSex").value("FF"))
                .andExpect(jsonPath("$.match.byFosterCarers").value(true));
    }

    @Test
    void ordersMayNotOverlapEndBeforeTheyStartOrComeBeforeBirth() throws Exception {
        String orders = base + "/deprivation-of-liberty-orders";
        mvc.perform(postJson(orders, body("startedOn", "2013-01-01")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedOn"));
        mvc.perform(postJson(orders, body("startedOn", "2026-05-01", "endedOn", "2026-04-01"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endedOn"));
        mvc.perform(postJson(orders, body("startedOn", "not a date")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedOn"));
        String first = mvc.perform(postJson(orders, body("startedOn", "2026-05-01")).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        // rule 705: the first is still in force
        mvc.perform(postJson(orders, body("startedOn", "2026-08-01")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedOn"));
        mvc.perform(putJson(first, body("startedOn", "2026-05-01", "endedOn", "2026-07-31"))
                .header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf())).andExpect(status().isOk());
        mvc.perform(postJson(orders, body("startedOn", "2026-08-01")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(putJson(first, body("startedOn", "2026-05-01", "endedOn", "2026-07-30"))
                .header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(orders).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[0].endedOn").value("2026-07-31"));
    }
}
