package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.CurrentUser;
import org.hearth.children.internal.EpisodeService;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Episode commands in SSDA903 terms: every RNE Hearth derives, how each command closes the open episode, and every
 * refusal, each naming its field and leaving the episodes exactly as they were.
 */
class EpisodeCommandsTest extends IntegrationTest {

    private static final LocalDate BORN = LocalDate.of(2014, 3, 14);
    private static final LocalDate STARTED = LocalDate.of(2025, 1, 10);
    private static final LocalDate CHANGED = LocalDate.of(2025, 6, 1);

    @Autowired
    EpisodeService episodes;

    UUID child;
    CurrentUser head;

    @BeforeEach
    void aChild() {
        child = data.aChild().born(BORN).create();
        head = data.currentUser(data.head);
    }

    // --- commands, built as the API would receive them ---

    private static EpisodeCommand startCare(LocalDate date, String ls, String place, String provider, UUID carer) {
        return new EpisodeCommand(EpisodeCommandType.START_CARE, date, ls, "N1", place, provider, carer, null, null,
                null, null);
    }

    private EpisodeCommand startCareInU6(LocalDate date) {
        return startCare(date, "C1", "U6", "PR1", data.fosterHousehold);
    }

    private static EpisodeCommand changePlacement(LocalDate date, String place, String provider, UUID carer,
            String reason) {
        return new EpisodeCommand(EpisodeCommandType.CHANGE_PLACEMENT, date, null, null, place, provider, carer, null,
                null, reason, null);
    }

    private static EpisodeCommand changeLegalStatus(LocalDate date, String ls) {
        return new EpisodeCommand(EpisodeCommandType.CHANGE_LEGAL_STATUS, date, ls, null, null, null, null, null,
                null, null, null);
    }

    private static EpisodeCommand changeBoth(LocalDate date, String ls, String place, String provider, UUID carer,
            String reason) {
        return new EpisodeCommand(EpisodeCommandType.CHANGE_LEGAL_STATUS_AND_PLACEMENT, date, ls, null, place,
                provider, carer, null, null, reason, null);
    }

    private static EpisodeCommand endCare(LocalDate date, String reason) {
        return new EpisodeCommand(EpisodeCommandType.END_CARE, date, null, null, null, null, null, null, null, null,
                reason);
    }

    /** A command of the type that is valid in every field but (perhaps) its date. */
    private EpisodeCommand ofType(EpisodeCommandType type, LocalDate date) {
        return switch (type) {
            case START_CARE -> startCare(date, "C1", "U6", "PR1", data.fosterHousehold);
            case CHANGE_PLACEMENT -> changePlacement(date, "U4", "PR4", data.otherFosterHousehold, "CARPL");
            case CHANGE_LEGAL_STATUS -> changeLegalStatus(date, "C2");
            case CHANGE_LEGAL_STATUS_AND_PLACEMENT -> changeBoth(date, "C2", "U4", "PR4", data.otherFosterHousehold,
                    "CARPL");
            case END_CARE -> endCare(date, "E4A");
        };
    }

    private List<EpisodeView> record(EpisodeCommand command) {
        return episodes.record(head, child, command, null);
    }

    private List<Map<String, Object>> episodeTable() {
        return data.ownerJdbc().queryForList("SELECT * FROM episode ORDER BY child_id, decom");
    }

    private int version() {
        return data.ownerJdbc().queryForObject("SELECT version FROM child WHERE id = ?", Integer.class, child);
    }

    /** The command is refused naming exactly this field, and nothing about the episodes or the record changes. */
    private void assertRefused(EpisodeCommand command, String field) {
        var before = episodeTable();
        int version = version();
        assertThatThrownBy(() -> record(command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(field));
        assertThat(episodeTable()).isEqualTo(before);
        assertThat(version()).isEqualTo(version);
    }

    @Nested
    class ReasonForNewEpisode {

        @Test
        void startingCareOpensAnSEpisode() {
            List<EpisodeView> after = record(startCareInU6(STARTED));
            assertThat(after).hasSize(1);
            EpisodeView s = after.get(0);
            assertThat(s.rne()).isEqualTo("S");
            assertThat(s.decom()).isEqualTo(STARTED);
            assertThat(s.ls()).isEqualTo("C1");
            assertThat(s.cin()).isEqualTo("N1");
            assertThat(s.place()).isEqualTo("U6");
            assertThat(s.placeProvider()).isEqualTo("PR1");
            assertThat(s.carerId()).isEqualTo(data.fosterHousehold);
            assertThat(s.plPost()).isEqualTo("LU5 4QQ");
            assertThat(s.homePost()).isEqualTo("LU5 4QQ");
            assertThat(s.dec()).isNull();
            assertThat(s.rec()).isNull();
            assertThat(version()).isEqualTo(1);
        }

        @Test
        void aLegalStatusChangeOnlyOpensAnLEpisodeWithThePlacementUnchanged() {
            record(startCareInU6(STARTED));
            List<EpisodeView> after = record(changeLegalStatus(CHANGED, "C2"));
            assertClosedForNewEpisode(after, null);
            EpisodeView l = after.get(1);
            assertThat(l.rne()).isEqualTo("L");
            assertThat(l.decom()).isEqualTo(CHANGED);
            assertThat(l.ls()).isEqualTo("C2");
            assertThat(l.cin()).isEqualTo("N1");
            assertThat(l.place()).isEqualTo("U6");
            assertThat(l.placeProvider()).isEqualTo("PR1");
            assertThat(l.carerId()).isEqualTo(data.fosterHousehold);
            assertThat(l.plPost()).isEqualTo("LU5 4QQ");
        }

        @Test
        void aPlacementChangeToNewCarersOpensAPEpisode() {
            record(startCareInU6(STARTED));
            List<EpisodeView> after = record(changePlacement(CHANGED, "U4", "PR4", data.otherFosterHousehold,
                    "CARPL"));
            assertClosedForNewEpisode(after, "CARPL");
            EpisodeView p = after.get(1);
            assertThat(p.rne()).isEqualTo("P");
            assertThat(p.ls()).isEqualTo("C1");
            assertThat(p.place()).isEqualTo("U4");
            assertThat(p.placeProvider()).isEqualTo("PR4");
            assertThat(p.carerId()).isEqualTo(data.otherFosterHousehold);
            assertThat(p.plPost()).isEqualTo("MK45 2DD");
            assertThat(p.urn()).isEqualTo("1234567");
        }

        @Test
        void aPlacementChangeWithTheSameCarersOpensATEpisode() {
            record(startCareInU6(STARTED));
            List<EpisodeView> after = record(changePlacement(CHANGED, "U4", "PR1", data.fosterHousehold, "PLACE"));
            assertClosedForNewEpisode(after, "PLACE");
            EpisodeView t = after.get(1);
            assertThat(t.rne()).isEqualTo("T");
            assertThat(t.ls()).isEqualTo("C1");
            assertThat(t.place()).isEqualTo("U4");
            assertThat(t.carerId()).isEqualTo(data.fosterHousehold);
        }

        @Test
        void aLegalStatusAndPlacementChangeToNewCarersOpensABEpisode() {
            record(startCareInU6(STARTED));
            List<EpisodeView> after = record(changeBoth(CHANGED, "C2", "U4", "PR4", data.otherFosterHousehold,
                    "CARPL"));
            assertClosedForNewEpisode(after, "CARPL");
            EpisodeView b = after.get(1);
            assertThat(b.rne()).isEqualTo("B");
            assertThat(b.ls()).isEqualTo("C2");
            assertThat(b.place()).isEqualTo("U4");
            assertThat(b.carerId()).isEqualTo(data.otherFosterHousehold);
        }

        @Test
        void aLegalStatusAndPlacementChangeWithTheSameCarersOpensAUEpisode() {
            record(startCareInU6(STARTED));
            List<EpisodeView> after = record(changeBoth(CHANGED, "C2", "U4", "PR1", data.fosterHousehold, "PLACE"));
            assertClosedForNewEpisode(after, "PLACE");
            EpisodeView u = after.get(1);
            assertThat(u.rne()).isEqualTo("U");
            assertThat(u.ls()).isEqualTo("C2");
            assertThat(u.place()).isEqualTo("U4");
            assertThat(u.carerId()).isEqualTo(data.fosterHousehold);
        }

        @Test
        void movingBetweenPlacementsWithNoCarerIsAChangeOfCarers() {
            record(startCare(STARTED, "V2", "P1", "PR0", null));
            List<EpisodeView> after = record(new EpisodeCommand(EpisodeCommandType.CHANGE_PLACEMENT, CHANGED, null,
                    null, "P1", "PR0", null, "MK45 2DD", null, "CARPL", null));
            assertThat(after.get(1).rne()).isEqualTo("P");
            assertThat(after.get(1).plPost()).isEqualTo("MK45 2DD");
        }

        @Test
        void endingCareClosesTheEpisodeWithTheReasonAndOpensNothing() {
            record(startCareInU6(STARTED));
            List<EpisodeView> after = record(endCare(CHANGED, "E4A"));
            assertThat(after).hasSize(1);
            EpisodeView ended = after.get(0);
            assertThat(ended.dec()).isEqualTo(CHANGED);
            assertThat(ended.rec()).isEqualTo("E4A");
            assertThat(ended.reasonPlaceChange()).isNull();
            assertThat(data.ownerJdbc().queryForObject(
                    "SELECT count(*) FROM episode WHERE child_id = ? AND dec IS NULL", Long.class, child)).isZero();
            assertThat(version()).isEqualTo(2);
        }

        @Test
        void careCanStartAgainOnTheDayTheLastPeriodEnded() {
            record(startCareInU6(STARTED));
            record(endCare(CHANGED, "E4A"));
            List<EpisodeView> after = record(startCareInU6(CHANGED));
            assertThat(after).extracting(EpisodeView::rne).containsExactly("S", "S");
            assertThat(after.get(1).decom()).isEqualTo(CHANGED);
            assertThat(after.get(1).dec()).isNull();
        }

        @Test
        void aChangeMayBeRecordedToday() {
            record(startCareInU6(STARTED));
            List<EpisodeView> after = record(changeLegalStatus(TestClock.TODAY, "C2"));
            assertThat(after.get(0).dec()).isEqualTo(TestClock.TODAY);
            assertThat(after.get(1).decom()).isEqualTo(TestClock.TODAY);
        }

        private void assertClosedForNewEpisode(List<EpisodeView> after, String reasonPlaceChange) {
            assertThat(after).hasSize(2);
            EpisodeView closed = after.get(0);
            assertThat(closed.decom()).isEqualTo(STARTED);
            assertThat(closed.rne()).isEqualTo("S");
            assertThat(closed.dec()).isEqualTo(CHANGED);
            assertThat(closed.rec()).isEqualTo("X1");
            assertThat(closed.reasonPlaceChange()).isEqualTo(reasonPlaceChange);
            assertThat(after.get(1).decom()).isEqualTo(CHANGED);
            assertThat(after.get(1).dec()).isNull();
            assertThat(after.get(1).rec()).isNull();
            assertThat(after.get(1).homePost()).isEqualTo("LU5 4QQ");
            assertThat(version()).isEqualTo(2);
        }
    }

    @Nested
    class Refusals {

        @Test
        void everyProblemIsReportedAtOnceNotJustTheFirst() {
            var before = episodeTable();
            assertThatThrownBy(() -> record(startCare(null, "ZZ", null, "PR1", null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field)
                            .containsExactly("date", "legalStatus", "placementType"));
            assertThat(episodeTable()).isEqualTo(before);
        }

        @Test
        void startingCareWhileInCare() {
            record(startCareInU6(STARTED));
            assertRefused(startCareInU6(CHANGED), "type");
        }

        @ParameterizedTest
        @EnumSource(value = EpisodeCommandType.class, names = "START_CARE", mode = EnumSource.Mode.EXCLUDE)
        void anyChangeWhenNeverInCare(EpisodeCommandType type) {
            assertRefused(ofType(type, CHANGED), "type");
        }

        @ParameterizedTest
        @EnumSource(value = EpisodeCommandType.class, names = "START_CARE", mode = EnumSource.Mode.EXCLUDE)
        void anyChangeAfterCareEnded(EpisodeCommandType type) {
            record(startCareInU6(STARTED));
            record(endCare(CHANGED, "E4A"));
            assertRefused(ofType(type, LocalDate.of(2025, 9, 1)), "type");
        }

        @Test
        void aCommandWithNoType() {
            record(startCareInU6(STARTED));
            assertRefused(new EpisodeCommand(null, CHANGED, "C2", null, null, null, null, null, null, null, null),
                    "type");
        }

        @ParameterizedTest
        @EnumSource(EpisodeCommandType.class)
        void aMissingDate(EpisodeCommandType type) {
            if (type != EpisodeCommandType.START_CARE) {
                record(startCareInU6(STARTED));
            }
            assertRefused(ofType(type, null), "date");
        }

        @ParameterizedTest
        @EnumSource(EpisodeCommandType.class)
        void aDateInTheFuture(EpisodeCommandType type) {
            if (type != EpisodeCommandType.START_CARE) {
                record(startCareInU6(STARTED));
            }
            assertRefused(ofType(type, TestClock.TODAY.plusDays(1)), "date");
        }

        @Test
        void startingCareBeforeTheChildWasBorn() {
            assertRefused(startCareInU6(BORN.minusDays(1)), "date");
        }

        @Test
        void startingCareOnTheDayOfBirthIsAllowed() {
            assertThat(record(startCareInU6(BORN))).hasSize(1);
        }

        @ParameterizedTest
        @EnumSource(value = EpisodeCommandType.class, names = "START_CARE", mode = EnumSource.Mode.EXCLUDE)
        void aChangeOnTheDayTheOpenEpisodeStarted(EpisodeCommandType type) {
            record(startCareInU6(STARTED));
            assertRefused(ofType(type, STARTED), "date");
        }

        @ParameterizedTest
        @EnumSource(value = EpisodeCommandType.class, names = "START_CARE", mode = EnumSource.Mode.EXCLUDE)
        void aChangeBeforeTheOpenEpisodeStarted(EpisodeCommandType type) {
            record(startCareInU6(STARTED));
            assertRefused(ofType(type, STARTED.minusDays(1)), "date");
        }

        @Test
        void aChangeBeforeTheLatestEpisodeStartedThoughAfterEarlierOnes() {
            record(startCareInU6(STARTED));
            record(changeLegalStatus(CHANGED, "C2"));
            assertRefused(changeLegalStatus(CHANGED.minusDays(10), "E1"), "date");
        }

        @Test
        void startingCareBeforeTheLastPeriodEnded() {
            record(startCareInU6(STARTED));
            record(endCare(CHANGED, "E4A"));
            assertRefused(startCareInU6(CHANGED.minusDays(1)), "date");
        }

        @Test
        void endingCareWithX1() {
            record(startCareInU6(STARTED));
            assertRefused(endCare(CHANGED, "X1"), "reasonEpisodeCeased");
        }

        @Test
        void endingCareWithNoReason() {
            record(startCareInU6(STARTED));
            assertRefused(endCare(CHANGED, null), "reasonEpisodeCeased");
            assertRefused(endCare(CHANGED, "  "), "reasonEpisodeCeased");
        }

        @Test
        void endingCareWithAnUnknownReason() {
            record(startCareInU6(STARTED));
            assertRefused(endCare(CHANGED, "E99"), "reasonEpisodeCeased");
        }

        @Test
        void aLegalStatusChangeToTheSameStatus() {
            record(startCareInU6(STARTED));
            assertRefused(changeLegalStatus(CHANGED, "C1"), "legalStatus");
            assertRefused(changeLegalStatus(CHANGED, "c1"), "legalStatus");
        }

        @Test
        void aLegalStatusAndPlacementChangeToTheSameStatus() {
            record(startCareInU6(STARTED));
            assertRefused(changeBoth(CHANGED, "C1", "U4", "PR4", data.otherFosterHousehold, "CARPL"), "legalStatus");
        }

        @Test
        void aLegalStatusChangeWithNoStatus() {
            record(startCareInU6(STARTED));
            assertRefused(changeLegalStatus(CHANGED, null), "legalStatus");
        }

        @Test
        void aPlacementChangeToTheIdenticalPlacement() {
            record(startCareInU6(STARTED));
            assertRefused(changePlacement(CHANGED, "U6", "PR1", data.fosterHousehold, "CARPL"), "placementType");
        }

        @Test
        void aPlacementChangeWithNoPlacementType() {
            record(startCareInU6(STARTED));
            assertRefused(changePlacement(CHANGED, null, null, null, "CARPL"), "placementType");
        }

        @ParameterizedTest
        @ValueSource(strings = {"U1", "U2", "U3", "U4", "U5", "U6"})
        void aFosterPlacementWithoutACarer(String place) {
            assertRefused(startCare(STARTED, "C1", place, "PR1", null), "carerId");
            record(startCare(STARTED, "C1", "K2", "PR4", data.childrensHome));
            assertRefused(changePlacement(CHANGED, place, "PR1", null, "CARPL"), "carerId");
        }

        @ParameterizedTest
        @ValueSource(strings = {"U1", "U2", "U3", "U4", "U5", "U6"})
        void aFosterPlacementWithASetting(String place) {
            assertRefused(startCare(STARTED, "C1", place, "PR4", data.childrensHome), "carerId");
            record(startCareInU6(STARTED));
            assertRefused(changePlacement(CHANGED, place, "PR4", data.childrensHome, "CARPL"), "carerId");
        }

        @ParameterizedTest
        @ValueSource(strings = {"T0", "T1", "T2", "T3", "T4"})
        void aPlacementProviderForATemporaryPlacement(String place) {
            record(startCareInU6(STARTED));
            assertRefused(changePlacement(CHANGED, place, "PR1", null, "CARPL"), "placementProvider");
            // without a provider the same move is accepted
            assertThat(record(changePlacement(CHANGED, place, null, null, "CARPL")).get(1).place()).isEqualTo(place);
        }

        @Test
        void aPlacementWithNoProviderWhereOneIsNeeded() {
            record(startCareInU6(STARTED));
            assertRefused(changePlacement(CHANGED, "U4", null, data.otherFosterHousehold, "CARPL"),
                    "placementProvider");
        }

        @ParameterizedTest
        @ValueSource(strings = {"T0", "T1", "T2", "T3", "T4"})
        void aReasonForPlacementChangeWhenATemporaryPlacementEnds(String temporary) {
            record(startCareInU6(STARTED));
            record(changePlacement(CHANGED, temporary, null, null, "CARPL"));
            LocalDate back = CHANGED.plusDays(7);
            assertRefused(changePlacement(back, "U6", "PR1", data.fosterHousehold, "CARPL"),
                    "reasonForPlacementChange");
            // with the reason left blank the move back is accepted, and no reason is recorded
            List<EpisodeView> after = record(changePlacement(back, "U6", "PR1", data.fosterHousehold, null));
            assertThat(after.get(1).dec()).isEqualTo(back);
            assertThat(after.get(1).rec()).isEqualTo("X1");
            assertThat(after.get(1).reasonPlaceChange()).isNull();
        }

        @Test
        void aPlacementChangeWithNoReason() {
            record(startCareInU6(STARTED));
            assertRefused(changePlacement(CHANGED, "U4", "PR4", data.otherFosterHousehold, null),
                    "reasonForPlacementChange");
        }

        @Test
        void aPlacementTypeNoLongerValidOnTheDate() {
            // H5 (semi-independent living) was last valid in 2023-24
            assertRefused(startCare(LocalDate.of(2025, 5, 1), "V2", "H5", "PR4", null), "placementType");
            assertRefused(startCare(LocalDate.of(2024, 4, 1), "V2", "H5", "PR4", null), "placementType");
        }

        @Test
        void aPlacementTypeValidOnTheDateIsAcceptedThoughItHasSinceEnded() {
            List<EpisodeView> after = record(startCare(LocalDate.of(2024, 3, 31), "V2", "H5", "PR4", null));
            assertThat(after.get(0).place()).isEqualTo("H5");
        }

        @Test
        void aPlacementChangeToACodeNoLongerValid() {
            record(startCare(LocalDate.of(2023, 6, 1), "V2", "H5", "PR4", null));
            assertRefused(changePlacement(CHANGED, "H5", "PR5", null, "CARPL"), "placementType");
            // and the same move before the code ended is accepted
            assertThat(record(changePlacement(LocalDate.of(2023, 9, 1), "H5", "PR5", null, "CARPL")))
                    .extracting(EpisodeView::rne).containsExactly("S", "P");
        }

        @Test
        void unknownCodes() {
            assertRefused(startCare(STARTED, "Z9", "U6", "PR1", data.fosterHousehold), "legalStatus");
            assertRefused(new EpisodeCommand(EpisodeCommandType.START_CARE, STARTED, "C1", "N9", "U6", "PR1",
                    data.fosterHousehold, null, null, null, null), "categoryOfNeed");
            assertRefused(startCare(STARTED, "C1", "ZZ", "PR1", null), "placementType");
            assertRefused(startCare(STARTED, "C1", "U6", "PR9", data.fosterHousehold), "placementProvider");
            record(startCareInU6(STARTED));
            assertRefused(changePlacement(CHANGED, "U4", "PR4", data.otherFosterHousehold, "BORED"),
                    "reasonForPlacementChange");
        }

        @Test
        void anUnknownCarer() {
            assertRefused(startCare(STARTED, "C1", "U6", "PR1", UUID.randomUUID()), "carerId");
            assertRefused(startCare(STARTED, "C1", "K2", "PR4", UUID.randomUUID()), "carerId");
            record(startCareInU6(STARTED));
            assertRefused(changePlacement(CHANGED, "U4", "PR4", UUID.randomUUID(), "CARPL"), "carerId");
        }

        @Test
        void anInvalidPlacementPostcodeOrUrn() {
            assertRefused(new EpisodeCommand(EpisodeCommandType.START_CARE, STARTED, "C1", "N1", "K2", "PR4",
                    data.childrensHome, "not a postcode", null, null, null), "placementPostcode");
            assertRefused(new EpisodeCommand(EpisodeCommandType.START_CARE, STARTED, "C1", "N1", "K2", "PR4",
                    data.childrensHome, null, "SC12", null, null), "urn");
        }
    }

    @Test
    void theDatabaseRefusesOverlappingEpisodes() {
        record(startCareInU6(STARTED));
        record(changeLegalStatus(CHANGED, "C2"));
        var before = episodeTable();
        // a closed episode inside the first one: not caught by the one-open-episode index, only by the exclusion
        assertThatThrownBy(() -> data.ownerJdbc().update("""
                INSERT INTO episode (id, child_id, decom, rne, ls, cin, place, dec, rec)
                VALUES (?, ?, ?, 'P', 'C1', 'N1', 'U4', ?, 'X1')""", UUID.randomUUID(), child,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)))
                .rootCause().hasMessageContaining("exclusion constraint");
        // overlapping the open episode from before it started
        assertThatThrownBy(() -> data.ownerJdbc().update("""
                INSERT INTO episode (id, child_id, decom, rne, ls, cin, place, dec, rec)
                VALUES (?, ?, ?, 'P', 'C1', 'N1', 'U4', ?, 'X1')""", UUID.randomUUID(), child,
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 1)))
                .rootCause().hasMessageContaining("exclusion constraint");
        assertThat(episodeTable()).isEqualTo(before);
        // an abutting closed episode before the first is fine: the ranges are half-open
        data.ownerJdbc().update("""
                INSERT INTO episode (id, child_id, decom, rne, ls, cin, place, dec, rec)
                VALUES (?, ?, ?, 'S', 'C1', 'N1', 'U4', ?, 'E4A')""", UUID.randomUUID(), child,
                LocalDate.of(2024, 6, 1), STARTED);
        assertThat(data.count("episode")).isEqualTo(3);
    }
}
