package org.hearth.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class PlacesApiTest extends IntegrationTest {

    @BeforeEach
    void sample() {
        data.postcodeSample();
    }

    private static MockMultipartFile file(String content) {
        return new MockMultipartFile("file", "f.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAuthoritysContacts() throws Exception {
        mvc.perform(multipart("/api/v1/admin/local-authority-contacts").file(file(ContactsDirectoryTest.CSV))
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3));
        mvc.perform(get("/api/v1/local-authorities/E08000025/contacts").with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service").value("LEAVING_CARE"))
                .andExpect(jsonPath("$[0].stale").value(false))
                .andExpect(jsonPath("$[1].stale").value(true))
                .andExpect(jsonPath("$[1].version").value(0));
        mvc.perform(get("/api/v1/local-authorities/E10000015/contacts").with(data.as(data.admin)))
                .andExpect(status().isOk()).andExpect(content().json("[]"));
    }

    @Test
    void unknownAuthoritiesAndPostcodesAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/local-authorities/E99999999/contacts").with(data.as(data.worker)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/local-authorities/W06000015/contacts").with(data.as(data.worker)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/postcodes/LU5 4QZ").with(data.as(data.worker))).andExpect(status().isNotFound());
    }

    @Test
    void wherePostcodesAre() throws Exception {
        mvc.perform(get("/api/v1/postcodes/b11sy").with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.postcode").value("B1 1SY"))
                .andExpect(jsonPath("$.status").value("OUT_OF_AREA"))
                .andExpect(jsonPath("$.district").value("E08000025"))
                .andExpect(jsonPath("$.authority.name").value("Birmingham"))
                .andExpect(jsonPath("$.inHomeArea").value(false))
                .andExpect(jsonPath("$.milesFromHome").isNumber());
        mvc.perform(get("/api/v1/postcodes/LU5 4QQ").with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.inHomeArea").value(true));
    }

    @Test
    void signInAndRolesAreNeeded() throws Exception {
        mvc.perform(get("/api/v1/local-authorities/E08000025/contacts")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/postcodes/B1 1SY")).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/admin/postcode-directory").file(file("pcds")).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/admin/postcode-directory").file(file("pcds")).with(data.as(data.manager))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/admin/local-authorities").file(file("x")).with(data.as(data.head))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/admin/local-authority-contacts").file(file("x")).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aRefusedImportIsA422WithTheRowReport() throws Exception {
        mvc.perform(multipart("/api/v1/admin/postcode-directory").file(file(
                        "pcds,oslaua,oseast1m,osnrth1m\nB1 1SY,E08000025,406419,286513\nB1,E08000025,1,1\n"))
                        .with(data.as(data.admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.problemCount").value(1))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("pcds"))
                .andExpect(jsonPath("$.problems[0].value").value("B1"));
        assertThat(data.count("postcode")).isEqualTo(227);
    }

    @Test
    void importsThroughTheApi() throws Exception {
        byte[] lookup = getClass().getResourceAsStream("/places/ltla-to-utla-sample.csv").readAllBytes();
        mvc.perform(multipart("/api/v1/admin/local-authorities").file(new MockMultipartFile("file", "l.csv",
                "text/csv", lookup)).with(data.as(data.admin)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(12));
        mvc.perform(multipart("/api/v1/admin/postcode-directory").file(file(
                        "pcds,oslaua,oseast1m,osnrth1m\nB1 1SY,E08000025,406419,286513\n"))
                        .with(data.as(data.admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1));
    }
}
