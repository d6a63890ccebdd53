package org.hearth.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Loading bank holidays from the GOV.UK file: administrators only, all or nothing, every problem named. */
class BankHolidayImportApiTest extends IntegrationTest {

    private static final String API = "/api/v1/admin/bank-holidays";

    /** A cut-down file in GOV.UK's format, with another division Hearth must ignore. */
    private static final String FILE_2028 = """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "New Year’s Day", "date": "2028-01-03", "notes": "Substitute day", "bunting": true},
              {"title": "Good Friday", "date": "2028-04-14", "notes": "", "bunting": false},
              {"title": "Easter Monday", "date": "2028-04-17", "notes": "", "bunting": true}]},
             "scotland": {"division": "scotland", "events": [
              {"title": "2nd January", "date": "2028-01-04", "notes": "", "bunting": true}]}}""";

    @Autowired
    WorkingDays workingDays;

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(post(API).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(FILE_2028))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAdministratorsMayLoadOrReadTheList() throws Exception {
        mvc.perform(post(API).with(data.as(data.head)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(FILE_2028))
                .andExpect(status().isForbidden());
        mvc.perform(get(API).with(data.as(data.worker))).andExpect(status().isForbidden());
    }

    @Test
    void anImportedYearBecomesKnownAndItsHolidaysAreLeftOut() throws Exception {
        assertThat(workingDays.after(LocalDate.of(2028, 4, 13), 1).holidaysKnown()).isFalse();

        mvc.perform(post(API).with(data.as(data.admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(FILE_2028))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0]").value(2028))
                .andExpect(jsonPath("$.holidays").value(3));

        // Thu 13 Apr 2028 + 1 working day: Good Friday and Easter Monday skipped; the Scottish holiday is not
        assertThat(workingDays.after(LocalDate.of(2028, 4, 13), 1))
                .isEqualTo(new WorkingDate(LocalDate.of(2028, 4, 18), true));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 1, 4))).isTrue();
        mvc.perform(get(API).with(data.as(data.admin)))
                .andExpect(jsonPath("$[*].year").value(hasItem(2028)));
    }

    @Test
    void importingAYearAgainReplacesItsHolidays() throws Exception {
        mvc.perform(post(API).with(data.as(data.admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(FILE_2028))
                .andExpect(status().isOk());
        String moved = FILE_2028.replace("2028-04-17", "2028-04-18");
        mvc.perform(post(API).with(data.as(data.admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(moved))
                .andExpect(status().isOk());
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 4, 17))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 4, 18))).isFalse();
    }

    @Test
    void aBadFileChangesNothingAndNamesEveryProblem() throws Exception {
        String bad = FILE_2028.replace("\"2028-04-14\"", "\"14/04/2028\"").replace("\"Easter Monday\"", "\"\"");
        mvc.perform(post(API).with(data.as(data.admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("england-and-wales.events[1].date"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Event 2 has no date in the form 2027-12-27 (it says \"14/04/2028\")"))
                .andExpect(jsonPath("$.errors[1].field").value("england-and-wales.events[2].title"));
        assertThat(workingDays.covers(LocalDate.of(2028, 1, 1))).isFalse();
    }

    @Test
    void aFileOfAnotherShapeIsRefused() throws Exception {
        mvc.perform(post(API).with(data.as(data.admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scotland\": {\"events\": []}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(post(API).with(data.as(data.admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void administratorsUploadTheFileOnTheirPage() throws Exception {
        mvc.perform(MockMvcRequestBuilders.multipart("/admin/bank-holidays")
                        .file(new MockMultipartFile("file", "bank-holidays.json", "application/json",
                                FILE_2028.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(data.as(data.admin)).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(workingDays.covers(LocalDate.of(2028, 6, 1))).isTrue();
    }
}
