package org.hearth.lifestory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hearth.pathwayplans.PlanTestSupport.body;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.hearth.pathwayplans.PlanTestSupport.putJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hearth.lifestory.internal.AttachmentCheckerTest;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * {@code GET|POST /api/v1/children/{id}/life-story}, changes with If-Match, attachments checked from their bytes and
 * served safely, every view access-logged.
 */
@RecordApplicationEvents
public class LifeStoryApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    UUID child;

    @BeforeEach
    void aChild() {
        child = data.aChild().named("Jade", "Morris").create();
    }

    private String items() {
        return "/api/v1/children/" + child + "/life-story";
    }

    public static Map<String, Object> aBook() {
        return body("kind", "LIFE_STORY_BOOK", "title", "My first years", "status", "IN_PROGRESS", "doneBy",
                "Sam (social worker) with her foster carer", "childInvolvement", "Chose the photos of her brother",
                "notes", "Second session next month");
    }

    private String create(Map<String, Object> item) throws Exception {
        return mvc.perform(postJson(items(), item).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    static MockMultipartHttpServletRequestBuilder upload(String location, String name, String declaredType,
            byte[] bytes) {
        return multipart(location + "/attachments").file(new MockMultipartFile("file", name, declaredType, bytes));
    }

    private long views(UUID user, String outcome) {
        return data.ownerJdbc().queryForObject("""
                SELECT count(*) FROM access_log WHERE child_id = ? AND user_id = ? AND action = 'VIEW'
                    AND outcome = ? AND what LIKE 'life story attachment%'""", Long.class, child, user, outcome);
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(get(items())).andExpect(status().isUnauthorized());
        mvc.perform(postJson(items(), aBook()).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void rolesAndTheChildsAccessRuleAreApplied() throws Exception {
        mvc.perform(get(items()).with(data.as(data.admin))).andExpect(status().isForbidden());
        mvc.perform(postJson(items(), aBook()).with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(items(), aBook()).with(data.as(data.iro)).with(csrf()))
                .andExpect(status().isForbidden());
        // a social worker of another team: the role fits, the child's access rule does not
        mvc.perform(get(items()).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        mvc.perform(postJson(items(), aBook()).with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(data.count("life_story_item")).isZero();
        String location = create(aBook());
        mvc.perform(get(location).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        mvc.perform(get(items()).with(data.as(data.iro))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get(items()).with(data.as(data.head))).andExpect(status().isOk());
        long denied = data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? "
                + "AND user_id = ? AND outcome = 'DENIED'", Long.class, child, data.otherWorker);
        assertThat(denied).isEqualTo(3);
    }

    @Test
    void recordsAnItemWithLocationAndETag() throws Exception {
        String location = mvc.perform(postJson(items(), aBook()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.kind").value("LIFE_STORY_BOOK"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.childInvolvement").value("Chose the photos of her brother"))
                .andExpect(jsonPath("$.attachments.length()").value(0))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith(items() + "/");
        mvc.perform(get(items()).with(data.as(data.manager))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("My first years"))
                .andExpect(jsonPath("$[0].links.self").value(location));
        // in progress: nothing for the chronology yet
        assertThat(events.stream(LifeStoryWorkStatusChanged.class)).isEmpty();
    }

    @Test
    void badInputIsAProblemNamingEachField() throws Exception {
        mvc.perform(postJson(items(), body("kind", "SCRAPBOOK", "status", "COMPLETE", "doneOn", "2026-12-01"))
                .with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'doneBy')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'doneOn')].message")
                        .value("The date done must be today or in the past"));
        mvc.perform(postJson(items(), body("kind", "MEMORY_BOX", "title", "Box", "status", "PLANNED", "doneBy",
                "Sam")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plannedOn"));
        mvc.perform(postJson(items(), body("kind", "MEMORY_BOX", "title", "Box", "status", "SHARED_WITH_CHILD",
                "doneBy", "Sam", "doneOn", "2026-02-30")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("doneOn"));
        mvc.perform(postJson(items(), body("kind", "MEMORY_BOX", "title", "Box", "status", "SHARED_WITH_CHILD",
                "doneBy", "Sam")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("doneOn"));
        assertThat(data.count("life_story_item")).isZero();
    }

    @Test
    void changesNeedIfMatchAndAStaleOneIsRefusedAndCompletingMakesAChronologyEntry() throws Exception {
        String location = create(aBook());
        Map<String, Object> done = aBook();
        done.put("status", "COMPLETE");
        done.put("doneOn", "2026-11-20");
        mvc.perform(putJson(location, done).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(putJson(location, done).header("If-Match", "\"3\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(0));
        mvc.perform(putJson(location, done).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("COMPLETE"))
                .andExpect(jsonPath("$.doneOn").value("2026-11-20"));
        // a second writer with the old version is refused: their change would overwrite this one
        mvc.perform(putJson(location, aBook()).header("If-Match", "\"0\"").with(data.as(data.manager))
                .with(csrf())).andExpect(status().isPreconditionFailed());
        assertThat(events.stream(LifeStoryWorkStatusChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(LifeStoryStatus.COMPLETE));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(data.ownerJdbc().queryForObject(
                "SELECT count(*) FROM chronology_entry WHERE child_id = ? AND category = 'LIFE_STORY' "
                        + "AND title = 'Life story book completed' AND significance = 'KEY_EVENT' "
                        + "AND event_date = DATE '2026-11-20'", Long.class, child)).isEqualTo(1));
    }

    @Test
    void aPhotoIsUploadedAndServedSafelyAndEveryViewIsAccessLogged() throws Exception {
        String location = create(aBook());
        String created = mvc.perform(upload(location, "beach.jpg", "image/jpeg", AttachmentCheckerTest.jpeg(640,
                480)).param("description", "Jade at the seaside").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/jpeg"))
                .andExpect(jsonPath("$.fileName").value("beach.jpg"))
                .andExpect(jsonPath("$.width").value(640))
                .andReturn().getResponse().getContentAsString();
        String content = JsonPath.read(created, "$.links.content");
        mvc.perform(get(location).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.attachments[0].description").value("Jade at the seaside"))
                .andExpect(jsonPath("$.attachments[0].links.content").value(content))
                .andExpect(jsonPath("$.attachments[0].links.thumbnail").value(content + "/thumbnail"));
        long before = views(data.manager, "ALLOWED");
        mvc.perform(get(content).with(data.as(data.manager))).andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "sandbox; default-src 'none'; "
                        + "frame-ancestors 'none'"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"beach.jpg\"; "
                        + "filename*=UTF-8''beach.jpg"));
        mvc.perform(get(content).with(data.as(data.manager))).andExpect(status().isOk());
        mvc.perform(get(content + "/thumbnail").with(data.as(data.manager))).andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"));
        assertThat(views(data.manager, "ALLOWED")).isEqualTo(before + 3);
        mvc.perform(get(content).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        assertThat(views(data.otherWorker, "DENIED")).isEqualTo(1);
        mvc.perform(get(content).with(data.as(data.admin))).andExpect(status().isForbidden());
    }

    @Test
    void aPdfIsServedOnlyAsADownload() throws Exception {
        String location = create(aBook());
        String created = mvc.perform(upload(location, "letter.pdf", "application/pdf",
                AttachmentCheckerTest.pdf("")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(get((String) JsonPath.read(created, "$.links.content")).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aProgramNamedJpgAnEmptyFileATooLargeFileAndNoFileAreRefused() throws Exception {
        String location = create(aBook());
        mvc.perform(upload(location, "holiday.jpg", "image/jpeg", AttachmentCheckerTest.windowsProgram())
                .with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        "really a Windows program")));
        mvc.perform(upload(location, "empty.jpg", "image/jpeg", new byte[0]).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The selected file is empty"));
        mvc.perform(upload(location, "huge.jpg", "image/jpeg", new byte[10 * 1024 * 1024 + 1])
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The selected file must be smaller than 10 MB"));
        mvc.perform(multipart(location + "/attachments").param("description", "x").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(upload(location, "photo.jpg", "image/jpeg", AttachmentCheckerTest.jpeg(10, 10))
                .with(data.as(data.performance)).with(csrf())).andExpect(status().isForbidden());
        assertThat(data.count("life_story_attachment")).isZero();
    }

    @Test
    void anAttachmentTakenOffIsKeptButNoLongerShownOrServed() throws Exception {
        String location = create(aBook());
        String created = mvc.perform(upload(location, "a.png", "image/png", AttachmentCheckerTest.png(20, 20))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String content = JsonPath.read(created, "$.links.content");
        mvc.perform(postJson(content + "/removal", body()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(postJson(content + "/removal", body("reason", "Uploaded to the wrong child"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(content).with(data.as(data.worker))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(data.as(data.worker))).andExpect(jsonPath("$.attachments.length()").value(0));
        assertThat(data.count("life_story_attachment")).isEqualTo(1);
    }
}
