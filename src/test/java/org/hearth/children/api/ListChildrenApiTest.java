package org.hearth.children.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.children.internal.ChildService;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** GET /api/v1/children: only the children the user may see, a page at a time, filtered. */
class ListChildrenApiTest extends IntegrationTest {

    private static final String LIST = "/api/v1/children";

    @Autowired
    ChildService children;

    UUID northAllocatedToWorker;
    UUID northUnallocated;
    UUID southAllocatedToWorker;
    UUID southOnly;
    UUID restricted;

    @BeforeEach
    void children() {
        northAllocatedToWorker = data.aChild().localChildId("N1").named("Ann", "Adams").create();
        northUnallocated = data.aChild().localChildId("N2").named("Ben", "Brown").allocatedTo(null).create();
        southAllocatedToWorker = data.aChild().localChildId("S1").named("Cara", "Clark").inTeam(data.southTeam)
                .create();
        southOnly = data.aChild().localChildId("S2").named("Dan", "Davis").inTeam(data.southTeam)
                .allocatedTo(data.otherWorker).create();
        restricted = data.aChild().localChildId("R1").named("Eve", "Evans").allocatedTo(null).create();
        children.restrict(data.currentUser(data.head), restricted, "Adoption placement");
    }

    @Test
    void withoutSigningInIsRefusedWithAProblem() throws Exception {
        mvc.perform(get(LIST))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void administratorsSeeNoChildRecords() throws Exception {
        mvc.perform(get(LIST).with(data.as(data.admin)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void theTotalFollowsChangesAtOnceThoughItIsKeptBetweenPages() throws Exception {
        mvc.perform(get(LIST).with(data.as(data.worker))).andExpect(jsonPath("$.totalItems").value(3));
        data.aChild().localChildId("N3").named("Fay", "Fox").create();
        mvc.perform(get(LIST).with(data.as(data.worker))).andExpect(jsonPath("$.totalItems").value(4));
        // an unallocated child of the worker's team, once restricted, is seen only by those named on it
        children.restrict(data.currentUser(data.head), northUnallocated, "Adoption placement");
        mvc.perform(get(LIST).with(data.as(data.worker))).andExpect(jsonPath("$.totalItems").value(3));
    }

    @Test
    void aSocialWorkerSeesTheirTeamsChildrenAndThoseAllocatedToThem() throws Exception {
        mvc.perform(get(LIST).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1", "N2", "S1")))
                .andExpect(jsonPath("$.totalItems").value(3));
    }

    @Test
    void aSocialWorkerOfAnotherTeamSeesOnlyThatTeam() throws Exception {
        mvc.perform(get(LIST).with(data.as(data.otherWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("S1", "S2")));
    }

    @Test
    void aTeamManagerSeesTheirTeamsChildren() throws Exception {
        mvc.perform(get(LIST).with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1", "N2")));
        mvc.perform(get(LIST).with(data.as(data.southManager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("S1", "S2")));
    }

    @Test
    void aPersonalAdviserOfTheLeavingCareTeamSeesNoneOfTheseChildren() throws Exception {
        mvc.perform(get(LIST).with(data.as(data.personalAdviser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").value(empty()))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void reviewingOfficersAndPerformanceOfficersSeeEveryUnrestrictedChild() throws Exception {
        for (UUID user : new UUID[] {data.iro, data.performance}) {
            mvc.perform(get(LIST).with(data.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1", "N2", "S1", "S2")))
                    .andExpect(jsonPath("$.totalItems").value(4));
        }
    }

    @Test
    void aRestrictedChildIsListedOnlyForThoseNamedOnIt() throws Exception {
        // the head of service who restricted it is named
        mvc.perform(get(LIST).with(data.as(data.head)))
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1", "N2", "S1", "S2", "R1")));
        // the North team's manager and worker are not, though it is a North team child
        mvc.perform(get(LIST).with(data.as(data.manager)))
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1", "N2")));
        children.grantRestrictedAccess(data.currentUser(data.head), restricted, data.worker, "Allocated worker");
        mvc.perform(get(LIST).with(data.as(data.worker)))
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1", "N2", "S1", "R1")));
        mvc.perform(get(LIST).with(data.as(data.manager)))
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1", "N2")));
    }

    @Test
    void pagesThroughTheList() throws Exception {
        mvc.perform(get(LIST).param("page", "0").param("size", "2").with(data.as(data.iro)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1", "N2")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(4))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get(LIST).param("page", "1").param("size", "2").with(data.as(data.iro)))
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("S1", "S2")))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get(LIST).param("page", "2").param("size", "2").with(data.as(data.iro)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").value(empty()))
                .andExpect(jsonPath("$.totalItems").value(4));
    }

    @Test
    void defaultsToTheFirstPageOfTwenty() throws Exception {
        mvc.perform(get(LIST).with(data.as(data.iro)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "100"})
    void acceptsPageSizesFromOneToAHundred(String size) throws Exception {
        mvc.perform(get(LIST).param("size", size).with(data.as(data.iro)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(Integer.parseInt(size)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "101", "1000", "many"})
    void refusesPageSizesOutsideOneToAHundred(String size) throws Exception {
        mvc.perform(get(LIST).param("size", size).with(data.as(data.iro)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "first"})
    void refusesANegativePage(String page) throws Exception {
        mvc.perform(get(LIST).param("page", page).with(data.as(data.iro)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void filtersByCareStatus() throws Exception {
        data.startCare(northAllocatedToWorker, LocalDate.of(2025, 1, 10));
        data.startCare(southOnly, LocalDate.of(2025, 2, 10));
        mvc.perform(get(LIST).param("status", "IN_CARE").with(data.as(data.iro)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1", "S2")))
                .andExpect(jsonPath("$.items[*].careStatus").value(contains("IN_CARE", "IN_CARE")))
                .andExpect(jsonPath("$.items[0].currentPlacement").value("U6"))
                .andExpect(jsonPath("$.items[0].currentEpisodeStart").value("2025-01-10"))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get(LIST).param("status", "NOT_LOOKED_AFTER").with(data.as(data.iro)))
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N2", "S1")));
        // the filter narrows what the user may see; it never widens it
        mvc.perform(get(LIST).param("status", "IN_CARE").with(data.as(data.worker)))
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("N1")));
    }

    @Test
    void refusesAnUnknownCareStatus() throws Exception {
        mvc.perform(get(LIST).param("status", "ADOPTED").with(data.as(data.iro)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void filtersUnaccompaniedAsylumSeekingChildren() throws Exception {
        data.aChild().localChildId("U1").named("Farid", "Faizi").uasc().create();
        data.aChild().localChildId("U2").named("Gabi", "Gebre").uasc().inTeam(data.southTeam)
                .allocatedTo(data.otherWorker).create();
        mvc.perform(get(LIST).param("uasc", "true").with(data.as(data.iro)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].localChildId").value(containsInAnyOrder("U1", "U2")))
                .andExpect(jsonPath("$.items[*].uasc").value(contains(true, true)));
        mvc.perform(get(LIST).param("uasc", "true").with(data.as(data.worker)))
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("U1")));
    }

    @Test
    void filtersByTeamWithinWhatTheUserMaySee() throws Exception {
        mvc.perform(get(LIST).param("team", data.southTeam.toString()).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].localChildId").value(contains("S1")));
    }
}
