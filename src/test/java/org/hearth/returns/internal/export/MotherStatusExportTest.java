package org.hearth.returns.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.children.ChildView;
import org.hearth.children.EpisodeView;
import org.hearth.returns.CollectionYear;
import org.junit.jupiter.api.Test;

/** Header MOTHER and MC_DOB from the child's record, as the 903 rules read them (docs/returns-export.md). */
class MotherStatusExportTest {

    private static final CollectionYear YEAR = new CollectionYear(2027);
    private static final List<EpisodeView> IN_CARE = List.of(episode(LocalDate.of(2024, 1, 1), "C2", null, null));

    @Test
    void aRecordedStatusIsGivenAndAFirstChildBornAfterTheYearsCareIsNotYetInIt() {
        assertThat(MotherStatus.of(child("F", 2009, false, null), IN_CARE, YEAR)).containsExactly("0", null);
        assertThat(MotherStatus.of(child("F", 2009, true, LocalDate.of(2025, 6, 5)), IN_CARE, YEAR))
                .containsExactly("1", "05/06/2025");
        // born after 31 March (rule 625): not a mother in this year's return
        assertThat(MotherStatus.of(child("F", 2009, true, LocalDate.of(2027, 4, 2)), IN_CARE, YEAR))
                .containsExactly("0", null);
        // born after she ceased to be looked after in the year (rule 625)
        List<EpisodeView> left = List.of(episode(LocalDate.of(2024, 1, 1), "C2", LocalDate.of(2026, 9, 1), "E8"));
        assertThat(MotherStatus.of(child("F", 2009, true, LocalDate.of(2026, 10, 1)), left, YEAR))
                .containsExactly("0", null);
        assertThat(MotherStatus.of(child("F", 2009, true, LocalDate.of(2026, 8, 1)), left, YEAR))
                .containsExactly("1", "01/08/2026");
        // a mother imported without her child's date of birth stays so (rule 611 reports it)
        assertThat(MotherStatus.of(child("F", 2009, true, null), IN_CARE, YEAR)).containsExactly("1", null);
    }

    @Test
    void blankWhereTheRulesWantNothingAndWhereNothingIsRecorded() {
        assertThat(MotherStatus.of(child("M", 2009, null, null), IN_CARE, YEAR)).containsExactly(null, null); // 165
        // a care leaver with no episode in the year (628), short breaks only (399)
        assertThat(MotherStatus.of(child("F", 2006, false, null), List.of(), YEAR)).containsExactly(null, null);
        assertThat(MotherStatus.of(child("F", 2009, false, null), List.of(episode(LocalDate.of(2026, 5, 1), "V3",
                LocalDate.of(2026, 5, 3), "E8")), YEAR)).containsExactly(null, null);
        // not recorded: blank for the rules to report (393), but 0 for a girl under 11, the only value 620 allows
        assertThat(MotherStatus.of(child("F", 2009, null, null), IN_CARE, YEAR)).containsExactly(null, null);
        assertThat(MotherStatus.of(child("F", 2016, null, null), IN_CARE, YEAR)).containsExactly("0", null);
        assertThat(MotherStatus.of(child("U", 2016, null, null), IN_CARE, YEAR)).containsExactly("0", null);
    }

    private static ChildView child(String sex, int born, Boolean mother, LocalDate firstChild) {
        return new ChildView(UUID.randomUUID(), "A1", "Amara", null, "Okonkwo", null, LocalDate.of(born, 5, 1), sex,
                "BAFR", null, null, false, null, null, null, null, null, false, 0, mother, firstChild);
    }

    private static EpisodeView episode(LocalDate decom, String ls, LocalDate dec, String rec) {
        return new EpisodeView(UUID.randomUUID(), decom, "S", ls, "N1", "U4", "PR1", null, null, null, null, null,
                dec, rec, null);
    }
}
