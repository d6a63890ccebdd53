package org.hearth.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What a council's operations team watches: liveness, readiness (with the database) and Prometheus metrics. */
class OperationsEndpointsTest extends IntegrationTest {

    @Test
    void livenessAndReadinessAreUp() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusShowsRequestLatencyAndDatabasePoolUse() throws Exception {
        mvc.perform(get("/login"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_bucket")))
                .andExpect(content().string(containsString("hikaricp_connections_active{pool=\"hearth\"}")))
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }
}
