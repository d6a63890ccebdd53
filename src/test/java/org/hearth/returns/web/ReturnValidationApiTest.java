package org.hearth.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.PermanenceRecords;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.export.HearthReturnValidation;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.RuleSet;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Validating Hearth's own records for a year: findings per rule and child, linked to the record; visible only. */
class ReturnValidationApiTest extends IntegrationTest {

    private static final String VALIDATION = "/api/v1/returns/903/validation?year=2027";

    /** Rule 708 as its message reads, so that this test does not wait for the rule engineers' version. */
    private static final ReturnRule DOLO_BEFORE_BIRTH = ReturnRule.eachRow("708", ReturnTable.DOLO,
            (row, data) -> row.date("DOLO_START") != null && data.dateOfBirth(row.child()) != null
                    && row.date("DOLO_START").isBefore(data.dateOfBirth(row.child())));

    @Autowired
    PermanenceRecords permanence;
    @Autowired
    HearthReturnValidation validation;

    UUID wrong;
    UUID hidden;

    @BeforeEach
    void records() {
        wrong = data.aChild().localChildId("W1").born(LocalDate.of(2015, 2, 1)).create();
        data.startCare(wrong, LocalDate.of(2026, 5, 1));
        // a deliberately wrong record, loaded past the form's checks: an order before the child was born
        permanence.replace(List.of(new ChildPermanence(wrong, null, List.of(), null, List.of(
                new DeprivationOfLibertyOrder(null, wrong, LocalDate.of(2014, 1, 1), null, 0)))), data.head);
        hidden = data.aChild().localChildId("H2").create();
        data.startCare(hidden, LocalDate.of(2026, 5, 1));
        permanence.replace(List.of(new ChildPermanence(hidden, null, List.of(), null, List.of(
                new DeprivationOfLibertyOrder(null, hidden, LocalDate.of(2010, 1, 1), null, 0)))), data.head);
        data.ownerJdbc().update("UPDATE child SET restricted = true WHERE id = ?", hidden);
    }

    @Test
    void refusesThoseWhoDoNotPrepareTheReturn() throws Exception {
        mvc.perform(get(VALIDATION)).andExpect(status().isUnauthorized());
        mvc.perform(get(VALIDATION).with(data.as(data.worker))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/returns/903/validation?year=27").with(data.as(data.performance)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void runsTheYearsRulesOverTheChildrenTheCallerMaySee() throws Exception {
        mvc.perform(get(VALIDATION).with(data.as(data.performance))).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2027))
                .andExpect(jsonPath("$.children").value(1))
                .andExpect(jsonPath("$.rulesRun").value(RuleSet.forYear(new CollectionYear(2027)).size()))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("H2"))));
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE action = 'EXPORT' AND "
                + "child_id = ? AND what = '903 validation 2026-27'", Long.class, wrong)).isEqualTo(1);
    }

    @Test
    void findsTheWrongRecordAndLinksItToTheChild() {
        HearthReturnValidation.Outcome outcome = validation.validate(data.currentUser(data.performance),
                new CollectionYear(2027), List.of(DOLO_BEFORE_BIRTH));
        assertThat(outcome.rules()).hasSize(1);
        HearthReturnValidation.RuleFindings rule = outcome.rules().get(0);
        assertThat(rule.code()).isEqualTo("708");
        assertThat(rule.message()).isEqualTo("Dates of DoLOs are before child’s date of birth.");
        assertThat(rule.findings()).singleElement().satisfies(f -> {
            assertThat(f.finding().child()).isEqualTo("W1");
            assertThat(f.childId()).isEqualTo(wrong);
            assertThat(f.finding().fields()).containsExactly("DOLO_START");
            assertThat(f.finding().row()).isEqualTo(2);
        });
    }
}
