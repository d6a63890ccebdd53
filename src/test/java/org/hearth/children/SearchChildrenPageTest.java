package org.hearth.children;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Find a child by name (allowing typos), local ID, date of birth, UPN or NHS number, among those one may see. */
class SearchChildrenPageTest extends IntegrationTest {

    @BeforeEach
    void children() {
        data.aChild().named("Maryam", "Hussain").localChildId("CB100234").born(LocalDate.of(2012, 3, 14))
                .upn("B123456789012").nhsNumber("9434765919").create();
        data.aChild().named("Oliver", "Smith").localChildId("CB100999").born(LocalDate.of(2010, 1, 2))
                .upn("UN2").nhsNumber(null).create();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maryam Hussain", "mariam husain", "Hussain", "cb100234", "14/03/2012", "2012-03-14",
        "B123456789012", "943 476 5919"})
    void findsTheChildByAnyOfTheirDetails(String query) throws Exception {
        mvc.perform(get("/children/search").param("q", query).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 child found")))
                .andExpect(content().string(containsString(">Maryam Hussain<")))
                .andExpect(content().string(not(containsString(">Oliver Smith<"))));
    }

    @Test
    void nothingMatchesANameTooFarFromAnyChilds() throws Exception {
        mvc.perform(get("/children/search").param("q", "Xavier Quentin").with(data.as(data.worker)))
                .andExpect(content().string(containsString("0 children found")));
    }

    @Test
    void childrenTheUserMayNotSeeAreNotFound() throws Exception {
        mvc.perform(get("/children/search").param("q", "Maryam Hussain").with(data.as(data.otherWorker)))
                .andExpect(content().string(containsString("0 children found")));
    }

    @Test
    void searchNeedsSigningInAndIsNotForAdministrators() throws Exception {
        mvc.perform(get("/children/search").param("q", "Maryam")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/children/search").param("q", "Maryam").with(data.as(data.admin)))
                .andExpect(status().isForbidden());
    }
}
