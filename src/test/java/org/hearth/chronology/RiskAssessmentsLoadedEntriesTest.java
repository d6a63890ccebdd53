package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.ChronologyTestSupport.rows;
import static org.hearth.chronology.ChronologyTestSupport.settled;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.exploitation.ExploitationRisks;
import org.hearth.exploitation.ExploitationType;
import org.hearth.exploitation.NewRiskAssessment;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Screenings loaded in bulk (one event for the batch) make the same chronology entries as screenings typed in. */
class RiskAssessmentsLoadedEntriesTest extends IntegrationTest {

    @Autowired
    ExploitationRisks risks;

    @Test
    void aFirstScreeningAndALaterRiseAreInTheChronology() {
        UUID child = data.aChild().born(LocalDate.of(2012, 3, 1)).create();
        settled(data);
        risks.load(List.of(
                new NewRiskAssessment(child, LocalDate.of(2026, 6, 1), ExploitationType.CSE, false, false,
                        List.of("family-breakdown"), List.of(), List.of(), List.of(), "Screened at intake",
                        data.worker, "Worker", null, null),
                new NewRiskAssessment(child, LocalDate.of(2026, 9, 1), ExploitationType.CSE, false, true,
                        List.of("family-breakdown"), List.of("staying-out-late"), List.of(), List.of(),
                        "Disclosed to her carer", data.worker, "Worker", data.manager, LocalDate.of(2026, 9, 2))));
        settled(data);

        assertThat(rows(data, child)).filteredOn(r -> r.get("title").toString().startsWith("Exploitation risk"))
                .extracting(r -> r.get("event_date").toString() + " " + r.get("title") + " " + r.get("significance"))
                .containsExactly("2026-06-01 Exploitation risk screened: not at risk KEY_EVENT",
                        "2026-09-01 Exploitation risk raised to significant (was not at risk) KEY_EVENT");
    }
}
