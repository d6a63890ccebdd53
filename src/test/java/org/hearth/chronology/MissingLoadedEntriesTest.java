package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.ChronologyTestSupport.count;
import static org.hearth.chronology.ChronologyTestSupport.rows;
import static org.hearth.chronology.ChronologyTestSupport.settled;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.missing.InterviewResponse;
import org.hearth.missing.MissingRecords;
import org.hearth.missing.MissingType;
import org.hearth.missing.NewMissingEpisode;
import org.hearth.missing.NewStrategyDiscussion;
import org.hearth.missing.RiskLevel;
import org.hearth.missing.StepOutcome;
import org.hearth.missing.TraffickingStep;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Missing records loaded in bulk (demo, stress or imported data publish one event for the batch) make the same
 * chronology entries as records typed one by one, and a second delivery adds nothing.
 */
class MissingLoadedEntriesTest extends IntegrationTest {

    @Autowired
    MissingRecords records;

    @Test
    void aBulkLoadedEpisodeInterviewNrmDecisionAndDiscussionAreInTheChronology() {
        UUID child = data.aChild().born(LocalDate.of(2010, 1, 1)).uasc().create();
        settled(data);
        long before = count(data, child);
        Instant start = Instant.parse("2026-10-01T20:00:00Z");
        Instant offered = Instant.parse("2026-10-03T09:00:00Z");
        records.load(List.of(new NewMissingEpisode(child, MissingType.M, start, start.plusSeconds(36_000), "Home",
                true, "BED-1", RiskLevel.HIGH, null, true, new NewMissingEpisode.Interview(offered, "Ann Bell", true,
                        InterviewResponse.DECLINED, null, null, null, null),
                List.of(new NewMissingEpisode.Step(TraffickingStep.NRM_DECISION, start.plusSeconds(48 * 3600),
                        StepOutcome.REFERRED, start.plusSeconds(20 * 3600), "Sam Ahmed", "Referred")))),
                List.of(new NewStrategyDiscussion(child, LocalDate.of(2026, 10, 6), "Police, carer",
                        "Safety plan agreed", null)), List.of(), List.of());
        settled(data);

        List<Map<String, Object>> made = rows(data, child).stream()
                .filter(r -> r.get("title").toString().matches(".*(missing|Return home|Referral|Strategy).*"))
                .toList();
        assertThat(made).extracting(r -> r.get("title")).containsExactlyInAnyOrder("Went missing",
                "Found or returned from missing", "Return home interview declined",
                "Referred to the National Referral Mechanism", "Strategy discussion about missing episodes");
        // declined: dated when offered, not the day of the load
        assertThat(made).filteredOn(r -> r.get("title").equals("Return home interview declined"))
                .extracting(r -> r.get("event_date").toString()).containsExactly("2026-10-03");
        assertThat(count(data, child)).isEqualTo(before + 5);

        // redelivered: nothing twice
        data.ownerJdbc().update("UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED' "
                + "WHERE event_type LIKE '%MissingLoaded' AND listener_id LIKE '%chronology%'");
        ((org.springframework.beans.factory.SmartInitializingSingleton) context.getBean("applicationEventMulticaster"))
                .afterSingletonsInstantiated();
        settled(data);
        assertThat(count(data, child)).isEqualTo(before + 5);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
}
