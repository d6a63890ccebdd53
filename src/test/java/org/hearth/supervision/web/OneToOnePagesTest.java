package org.hearth.supervision.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The one-to-one supervision pages: who may record and read a session, and what the form offers and keeps. */
class OneToOnePagesTest extends IntegrationTest {

    private static final String SECTION = "We talked through what happened at family time and what it meant for "
            + "her, what the carers noticed, and how to keep the contact safe and regular.";

    @Test
    void theFormOffersTheSuperviseesCaseloadAndOnlyManagersOpenIt() throws Exception {
        data.startCare(data.aChild().named("Maryam", "Hussain").create(), LocalDate.of(2025, 6, 2));
        data.startCare(data.aChild().named("Leo", "Grant").allocatedTo(data.manager).create(),
                LocalDate.of(2025, 6, 2));
        mvc.perform(get("/supervision/one-to-ones/new").with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(data.worker.toString())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(data.otherWorker.toString()))));
        mvc.perform(get("/supervision/one-to-ones/new").param("supervisee", data.worker.toString())
                .with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Maryam")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Leo"))));
        // a worker of another team is not offered, and asking for them is refused like an empty choice
        mvc.perform(get("/supervision/one-to-ones/new").param("supervisee", data.otherWorker.toString())
                .with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Select the worker supervised")));
        mvc.perform(get("/supervision/one-to-ones/new").with(data.as(data.worker)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedSessionKeepsWhatWasTypedAndASavedOneIsSeenByTheSuperviseeOnly() throws Exception {
        UUID child = data.startCare(data.aChild().named("Maryam", "Hussain").create(), LocalDate.of(2025, 6, 2));
        mvc.perform(post("/supervision/one-to-ones/new").with(data.as(data.manager)).with(csrf())
                .param("superviseeId", data.worker.toString()).param("model", "KOLB_4X4X4")
                .param("dateDay", "20").param("dateMonth", "11").param("dateYear", "2026")
                .param("childIds", child.toString()).param("experience", SECTION)
                .param("actions[0].what", "Book the PEP"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter how long the supervision lasted")))
                .andExpect(content().string(Matchers.containsString("Select one of the children discussed")))
                .andExpect(content().string(Matchers.containsString("href=\"#actions[0].childId\"")))
                .andExpect(content().string(Matchers.containsString(SECTION)))
                .andExpect(content().string(Matchers.containsString("value=\"Book the PEP\"")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*value=\"" + child
                        + "\"\\s+checked=\"checked\".*")));

        MvcResult saved = mvc.perform(post("/supervision/one-to-ones/new").with(data.as(data.manager)).with(csrf())
                .param("superviseeId", data.worker.toString()).param("model", "KOLB_4X4X4")
                .param("dateDay", "20").param("dateMonth", "11").param("dateYear", "2026")
                .param("durationMinutes", "90").param("childIds", child.toString())
                .param("experience", SECTION).param("reflection", SECTION).param("analysis", SECTION)
                .param("actionPlan", SECTION)
                .param("actions[0].childId", child.toString()).param("actions[0].what", "Book the PEP")
                .param("actions[0].ownerId", data.worker.toString()).param("actions[0].dueByDay", "1")
                .param("actions[0].dueByMonth", "12").param("actions[0].dueByYear", "2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/supervision/sessions/*"))
                .andReturn();
        String page = saved.getResponse().getRedirectedUrl();
        for (UUID user : new UUID[] {data.worker, data.manager, data.head}) {
            mvc.perform(get(page).with(data.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Maryam")))
                    .andExpect(content().string(Matchers.containsString("Book the PEP")))
                    .andExpect(content().string(Matchers.containsString("Yes (shortest section")));
        }
        for (UUID user : new UUID[] {data.otherWorker, data.southManager}) {
            mvc.perform(get(page).with(data.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/supervision/sessions").with(data.as(data.worker)))
                .andExpect(content().string(Matchers.containsString("href=\"" + page + "\"")));
    }

    @Test
    void aManagerSetsAndClearsANewlyQualifiedDateOfTheirTeamOnly() throws Exception {
        mvc.perform(get("/supervision/arrangements").with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("worker-" + data.worker)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("worker-" + data.otherWorker))));
        mvc.perform(get("/supervision/arrangements/" + data.otherWorker).with(data.as(data.manager)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/supervision/arrangements").with(data.as(data.worker))).andExpect(status().isForbidden());

        String form = "/supervision/arrangements/" + data.worker;
        mvc.perform(post(form).with(data.as(data.manager)).with(csrf()).param("version", "-1")
                .param("newlyQualifiedSinceDay", "31").param("newlyQualifiedSinceMonth", "2")
                .param("newlyQualifiedSinceYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("must be a real date")))
                .andExpect(content().string(Matchers.containsString("value=\"31\"")));
        mvc.perform(post(form).with(data.as(data.manager)).with(csrf()).param("version", "-1")
                .param("newlyQualifiedSinceDay", "2").param("newlyQualifiedSinceMonth", "11")
                .param("newlyQualifiedSinceYear", "2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/supervision/arrangements").with(data.as(data.manager)))
                .andExpect(content().string(Matchers.containsString("2 Nov 2026")));
        // a second manager working from the same page is told, and nothing of theirs is saved
        mvc.perform(post(form).with(data.as(data.manager)).with(csrf()).param("version", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Someone else changed this arrangement")));
        mvc.perform(post(form).with(data.as(data.manager)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/supervision/arrangements").with(data.as(data.manager)))
                .andExpect(content().string(Matchers.containsString("Not newly qualified")));
    }
}
