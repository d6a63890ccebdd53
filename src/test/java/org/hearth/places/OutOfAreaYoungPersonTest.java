package org.hearth.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.ChronologyTestSupport.rows;
import static org.hearth.chronology.ChronologyTestSupport.settled;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A young person of 16 or over living in Birmingham: where they live, the contacts there, the letter, given. */
class OutOfAreaYoungPersonTest extends IntegrationTest {

    @Autowired
    ContactsDirectory contacts;

    UUID youngPerson;

    @BeforeEach
    void livingInBirmingham() {
        data.postcodeSample();
        contacts.importCsv(data.currentUser(data.admin), new ByteArrayInputStream(ContactsDirectoryTest.CSV
                .getBytes(StandardCharsets.UTF_8)), "contacts.csv");
        youngPerson = data.aChild().named("Jordan", "Mensah").born(LocalDate.of(2009, 5, 1)).create();
        movesTo(youngPerson, "B1 1SY");
    }

    private void movesTo(UUID child, String postcode) {
        data.ownerJdbc().update("UPDATE child SET current_postcode = ? WHERE id = ?", postcode, child);
    }

    private long logged(UUID child, String action) {
        return data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? AND action = ? "
                + "AND what LIKE '%letter of contacts%'", Long.class, child, action);
    }

    @Test
    void theOverviewShowsWhereTheyLiveAndTheContactsWithStaleFlags() throws Exception {
        mvc.perform(get("/children/" + youngPerson).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Living outside the area")))
                .andExpect(content().string(Matchers.containsString("Lives in <strong>Birmingham</strong>")))
                .andExpect(content().string(Matchers.containsString("Birmingham Leaving Care")))
                .andExpect(content().string(Matchers.containsString("Not verified recently")))
                .andExpect(content().string(Matchers.containsString("miles from Central Bedfordshire")));
    }

    @Test
    void nothingForAYoungPersonAtHomeOrAChildUnder16() throws Exception {
        UUID younger = data.aChild().born(LocalDate.of(2012, 1, 1)).create();
        movesTo(younger, "B1 1SY");
        mvc.perform(get("/children/" + younger).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Living outside the area"))));
        movesTo(youngPerson, "LU5 4QQ");
        mvc.perform(get("/children/" + youngPerson).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Living outside the area"))));
    }

    @Test
    void anUnknownPostcodeIsANoticeNeverAGuess() throws Exception {
        UUID younger = data.aChild().born(LocalDate.of(2016, 1, 1)).create();
        movesTo(younger, "LU5 4QZ");
        mvc.perform(get("/children/" + younger).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("was not found in the postcode directory")));
    }

    @Test
    void theLetterIsAddressedToThemAndLogged() throws Exception {
        mvc.perform(get("/children/" + youngPerson + "/authority-contacts-letter").with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dear Jordan Mensah,")))
                .andExpect(content().string(Matchers.containsString("People who can help you in Birmingham")))
                .andExpect(content().string(Matchers.containsString("01632 960001")));
        assertThat(logged(youngPerson, "VIEW")).isEqualTo(1);

        byte[] pdf = mvc.perform(get("/children/" + youngPerson + "/authority-contacts-letter.pdf")
                        .with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Dear Jordan Mensah,").contains("Birmingham Leaving Care")
                    .contains("leaving.care@example.org");
        }
        assertThat(logged(youngPerson, "EXPORT")).isEqualTo(1);
    }

    @Test
    void aWorkerOfAnotherTeamMayNotPrintTheLetter() throws Exception {
        mvc.perform(get("/children/" + youngPerson + "/authority-contacts-letter.pdf").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordingThatTheyWereGivenTheContactsBecomesAChronologyEntry() throws Exception {
        mvc.perform(post("/children/" + youngPerson + "/authority-contacts-given/new").with(data.as(data.worker))
                        .with(csrf()).param("givenOnDay", "20").param("givenOnMonth", "11").param("givenOnYear", "2026")
                        .param("how", "POST").param("note", "Sent with the pathway plan"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + youngPerson).with(data.as(data.worker)))
                .andExpect(content().string(Matchers.containsString("20 November 2026")))
                .andExpect(content().string(Matchers.containsString("Sent with the pathway plan")));
        settled(data);
        assertThat(rows(data, youngPerson)).anySatisfy(r -> {
            assertThat(r).containsEntry("title", "Given the contacts in Birmingham")
                    .containsEntry("category", "CARE_AND_PLACEMENT")
                    .containsEntry("source_record_type", "AUTHORITY_CONTACTS_GIVEN");
            assertThat(r.get("event_date").toString()).isEqualTo("2026-11-20");
        });
    }

    @Test
    void aDateInTheFutureOrNoWayIsRefusedAndNothingSaved() throws Exception {
        mvc.perform(post("/children/" + youngPerson + "/authority-contacts-given/new").with(data.as(data.worker))
                        .with(csrf()).param("givenOnDay", "20").param("givenOnMonth", "12").param("givenOnYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("must be today or in the past")))
                .andExpect(content().string(Matchers.containsString("Select how they were given the contacts")));
        mvc.perform(post("/children/" + youngPerson + "/authority-contacts-given/new").with(data.as(data.worker))
                        .with(csrf()).param("givenOnDay", "31").param("givenOnMonth", "2").param("givenOnYear", "2026")
                        .param("how", "EMAIL"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("must be a real date")));
        assertThat(data.count("authority_contacts_given")).isZero();
    }
}
