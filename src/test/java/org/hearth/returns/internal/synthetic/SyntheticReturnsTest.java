package org.hearth.returns.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.Finding;
import org.hearth.returns.internal.validation.ReturnUnderValidation;
import org.hearth.returns.internal.validation.ReturnValidator;
import org.junit.jupiter.api.Test;

class SyntheticReturnsTest {

    private static final CollectionYear YEAR = new CollectionYear(2027);

    @Test
    void theSameSeedGivesTheSameReturn() {
        SyntheticReturn one = SyntheticReturns.generate(300, YEAR, 0.05, 7);
        SyntheticReturn two = SyntheticReturns.generate(300, YEAR, 0.05, 7);
        for (ReturnTable table : ReturnTable.values()) {
            assertThat(values(two, table)).as(table.dfeName()).isEqualTo(values(one, table));
        }
        assertThat(two.errors()).isEqualTo(one.errors());
    }

    @Test
    void theReturnHasTheChildrenAskedForWithEpisodesInTheYearAndLastYearsReturnBeside() {
        SyntheticReturn generated = SyntheticReturns.generate(1000, YEAR, 0, 1);
        assertThat(generated.current().rows(ReturnTable.HEADER)).hasSize(1000);
        assertThat(generated.errors()).isEmpty();
        for (ReturnRow episode : generated.current().rows(ReturnTable.EPISODES)) {
            assertThat(episode.date("DECOM")).isBeforeOrEqualTo(YEAR.end());
            assertThat(episode.date("DEC") == null || !episode.date("DEC").isBefore(YEAR.start())).isTrue();
        }
        // about 1.7 episodes a child, as a council's return (issue 8: 50,000 children, about 85,000 episodes)
        assertThat(generated.current().rows(ReturnTable.EPISODES).size()).isBetween(1500, 1900);
        assertThat(generated.previous().rows(ReturnTable.EPISODES)).isNotEmpty();
        assertThat(generated.current().rows(ReturnTable.OC3)).isNotEmpty();
        assertThat(generated.current().rows(ReturnTable.OC2)).isNotEmpty();
    }

    @Test
    void everyDeliberateMistakeIsFoundByTheRuleNamedForIt() {
        SyntheticReturn generated = SyntheticReturns.generate(2000, YEAR, 0.1, 3);
        assertThat(generated.errors()).hasSizeGreaterThan(50);
        List<Finding> findings = ReturnValidator.validate(new ReturnUnderValidation(YEAR, generated.current(),
                generated.previous(), "E09000027")).findings();
        Set<String> found = findings.stream().map(f -> f.ruleCode() + "/" + f.child()).collect(Collectors.toSet());
        assertThat(generated.errors()).allSatisfy(error -> assertThat(found).as("findings")
                .contains(error.ruleCode() + "/" + error.child()));
    }

    private static List<List<String>> values(SyntheticReturn generated, ReturnTable table) {
        return generated.current().rows(table).stream().map(r -> Arrays.asList(r.values())).toList();
    }
}
