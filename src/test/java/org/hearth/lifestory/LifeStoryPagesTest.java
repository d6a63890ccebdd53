package org.hearth.lifestory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.lifestory.internal.AttachmentCheckerTest;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** The life story pages: the form's errors and conflict, uploads through the page, the overview section. */
class LifeStoryPagesTest extends IntegrationTest {

    UUID child;
    String item;

    @BeforeEach
    void aChildWithABook() throws Exception {
        child = data.aChild().named("Jade", "Morris").create();
        String location = mvc.perform(postJson("/api/v1/children/" + child + "/life-story", LifeStoryApiTest.aBook())
                .with(data.as(data.worker)).with(csrf())).andReturn().getResponse().getHeader("Location");
        item = "/children/" + child + "/life-story/" + location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void theFormShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/children/" + child + "/life-story/new").param("title", "My memory box")
                .param("status", "COMPLETE").param("doneOnDay", "31").param("doneOnMonth", "2")
                .param("doneOnYear", "2026").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Choose the kind of life story work")))
                .andExpect(content().string(containsString("Enter who is doing the work")))
                .andExpect(content().string(containsString("Date done must be a real date")))
                .andExpect(content().string(containsString("value=\"My memory box\"")));
        assertThat(data.count("life_story_item")).isEqualTo(1);
    }

    @Test
    void aChangeMadeMeanwhileIsShownAndNotOverwritten() throws Exception {
        mvc.perform(post(item + "/edit").param("kind", "LIFE_STORY_BOOK").param("title", "My first years, part 1")
                .param("status", "IN_PROGRESS").param("doneBy", "Sam").param("version", "0")
                .with(data.as(data.worker)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(item + "/edit").param("kind", "LIFE_STORY_BOOK").param("title", "Jade's book")
                .param("status", "IN_PROGRESS").param("doneBy", "Alex").param("version", "0")
                .with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this life story work")))
                .andExpect(content().string(containsString("What is saved now")))
                .andExpect(content().string(containsString("My first years, part 1")))
                .andExpect(content().string(containsString("value=\"Jade&#39;s book\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(data.ownerJdbc().queryForObject("SELECT title FROM life_story_item", String.class))
                .isEqualTo("My first years, part 1");
    }

    @Test
    void uploadsThroughThePageAndRefusesAProgram() throws Exception {
        mvc.perform(multipart(item + "/attachments/new").file(new MockMultipartFile("file", "seaside.jpg",
                "image/jpeg", AttachmentCheckerTest.jpeg(100, 80))).param("description", "At the seaside")
                .with(data.as(data.worker)).with(csrf()))
                .andExpect(redirectedUrlPattern(item + "/attachments/*"));
        mvc.perform(multipart(item + "/attachments/new").file(new MockMultipartFile("file", "game.jpg",
                "image/jpeg", AttachmentCheckerTest.windowsProgram())).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("really a Windows program")));
        // without the CSRF token a multipart form is refused like any other
        mvc.perform(multipart(item + "/attachments/new").file(new MockMultipartFile("file", "seaside.jpg",
                "image/jpeg", AttachmentCheckerTest.jpeg(100, 80))).with(data.as(data.worker)))
                .andExpect(status().isForbidden());
        assertThat(data.count("life_story_attachment")).isEqualTo(1);
        mvc.perform(get(item).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("alt=\"At the seaside\"")));
    }

    @Test
    void theOverviewLinksToLifeStoryWorkAndOthersAreRefused() throws Exception {
        mvc.perform(get("/children/" + child).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"child-life-story\"")))
                .andExpect(content().string(containsString("1 piece of life story work, 0 shared with the child "
                        + "or complete.")));
        mvc.perform(get("/children/" + child + "/life-story").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get(item + "/edit").with(data.as(data.iro))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/life-story").with(data.as(data.iro))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"new-item\""))));
    }
}
