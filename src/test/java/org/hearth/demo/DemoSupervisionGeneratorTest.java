package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.access.UserAdministration;
import org.hearth.children.Carers;
import org.hearth.children.ChildHistory;
import org.hearth.children.ChildHistoryLoader;
import org.hearth.supervision.DecisionStatus;
import org.hearth.supervision.NewDecision;
import org.hearth.supervision.NewMeeting;
import org.hearth.supervision.NewSession;
import org.hearth.supervision.ReflectiveModel;
import org.hearth.supervision.SupervisionDue;
import org.hearth.supervision.SupervisionKind;
import org.hearth.supervision.SupervisionRecords;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo supervision: the same every time, loaded whole, and with the drift and the differences between teams that
 * the drift engine and the supervision statistics are there to show.
 */
class DemoSupervisionGeneratorTest extends IntegrationTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    UserAdministration users;
    @Autowired
    Carers carers;
    @Autowired
    ChildHistoryLoader loader;
    @Autowired
    SupervisionRecords supervision;
    @Autowired
    JdbcClient jdbc;

    @Test
    void isDeterministicLeavesSomeWorkersLateAndSomeChildrenOutOfTheirMeetings() {
        DemoOrganisation organisation = DemoOrganisation.create(users, carers, DemoScale.DEMO,
                DemoDataGenerator.DEFAULT_SEED, "Test Council");
        List<ChildHistory> histories = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED, DemoScale.DEMO, TODAY,
                organisation).generate();
        List<UUID> ids = loader.load(histories, organisation.administratorId(), TODAY);
        List<DemoSupervisionGenerator.CaseChild> children = DemoSupervisionGenerator.caseChildren(histories, ids);
        Map<UUID, UUID> managers = organisation.childrenInCareTeams().stream()
                .collect(Collectors.toMap(DemoOrganisation.Team::id, DemoOrganisation.Team::managerId));
        organisation.leavingCareTeams().forEach(t -> managers.put(t.id(), t.managerId()));

        DemoSupervisionGenerator.Supervision ofChildren = generator(DemoDataGenerator.DEFAULT_SEED)
                .ofChildren(children, managers);
        DemoSupervisionGenerator again = generator(DemoDataGenerator.DEFAULT_SEED);
        assertThat(again.ofChildren(children, managers)).isEqualTo(ofChildren);
        DemoSupervisionGenerator.Supervision oneToOnes = generator(DemoDataGenerator.DEFAULT_SEED)
                .oneToOnes(organisation, children);
        assertThat(generator(DemoDataGenerator.DEFAULT_SEED).oneToOnes(organisation, children)).isEqualTo(oneToOnes);
        assertThat(generator(DemoDataGenerator.DEFAULT_SEED + 1).ofChildren(children, managers))
                .isNotEqualTo(ofChildren);

        int loaded = supervision.load(ofChildren.sessions(), ofChildren.decisions(), ofChildren.meetings(),
                ofChildren.newlyQualifiedSince(), organisation.administratorId())
                + supervision.load(oneToOnes.sessions(), oneToOnes.decisions(), oneToOnes.meetings(),
                        oneToOnes.newlyQualifiedSince(), organisation.administratorId());
        assertThat(loaded).isEqualTo(ofChildren.size() + oneToOnes.size());

        // every one-to-one is with the worker's own team manager and discusses only children of their caseload
        Map<UUID, UUID> workerOf = children.stream()
                .collect(Collectors.toMap(DemoSupervisionGenerator.CaseChild::id,
                        DemoSupervisionGenerator.CaseChild::workerId));
        assertThat(oneToOnes.sessions()).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SupervisionKind.ONE_TO_ONE);
            assertThat(s.supervisorId()).isEqualTo(managers.get(s.teamId()));
            assertThat(s.childIds()).allSatisfy(child -> assertThat(workerOf.get(child)).isEqualTo(s.superviseeId()));
            assertThat(s.date()).isBetween(TODAY.minusMonths(12), TODAY);
        });
        assertThat(oneToOnes.sessions()).filteredOn(s -> !s.childIds().isEmpty()).hasSizeGreaterThan(
                oneToOnes.sessions().size() / 2);
        assertThat(ofChildren.sessions()).extracting(NewSession::kind).containsOnly(SupervisionKind.CASE);

        // about one worker in ten has gone more than a month without supervision; a few are newly qualified
        Set<UUID> workers = new HashSet<>();
        organisation.childrenInCareTeams().forEach(t -> workers.addAll(t.caseholders()));
        organisation.leavingCareTeams().forEach(t -> workers.addAll(t.caseholders()));
        List<SupervisionDue> arrangements = supervision.supervisionArrangements().stream()
                .filter(w -> workers.contains(w.workerId())).toList();
        assertThat(arrangements).hasSize(workers.size());
        long late = arrangements.stream().filter(w -> w.newlyQualifiedSince() == null)
                .filter(w -> w.lastSessionDate() == null || w.lastSessionDate().plusMonths(1).isBefore(TODAY))
                .count();
        assertThat(late).isBetween(1L, workers.size() / 4L);
        assertThat(oneToOnes.newlyQualifiedSince()).isNotEmpty();
        assertThat(arrangements).filteredOn(w -> w.newlyQualifiedSince() != null)
                .hasSize(oneToOnes.newlyQualifiedSince().size());

        // about 70% of sessions reflective, measured as the module measures them, with teams apart
        List<Map<String, Object>> rates = jdbc.sql("""
                SELECT team_id, avg(CASE WHEN reflective_recorded THEN 100.0 ELSE 0 END) AS rate, count(*) AS n
                FROM supervision_session GROUP BY team_id""").query().listOfRows();
        double all = jdbc.sql("SELECT avg(CASE WHEN reflective_recorded THEN 100.0 ELSE 0 END) FROM "
                + "supervision_session").query(Double.class).single();
        assertThat(all).as("percentage of sessions with reflective discussion recorded").isBetween(55.0, 85.0);
        double lowest = rates.stream().mapToDouble(r -> ((Number) r.get("rate")).doubleValue()).min().orElseThrow();
        double highest = rates.stream().mapToDouble(r -> ((Number) r.get("rate")).doubleValue()).max().orElseThrow();
        assertThat(highest - lowest).as("spread of team rates").isGreaterThan(5.0);

        // about one decision in ten open past its date
        List<NewDecision> decisions = ofChildren.decisions();
        long overdue = decisions.stream()
                .filter(d -> d.status() == DecisionStatus.OPEN && d.dueBy().isBefore(TODAY)).count();
        assertThat(100.0 * overdue / decisions.size()).as("percentage of decisions open past their date")
                .isBetween(5.0, 20.0);
        assertThat(decisions).allSatisfy(d -> {
            assertThat(d.ownerId()).isNotNull();
            if (d.status() != DecisionStatus.OPEN) {
                assertThat(d.closedOn()).isBetween(d.decidedOn(), TODAY);
            }
        });
        assertThat(supervision.openDecisionsOf(ids).values().stream().mapToInt(List::size).sum())
                .isEqualTo(decisions.stream().filter(d -> d.status() == DecisionStatus.OPEN).count());

        // 15-25% of meetings of children 4 and over went ahead without the child taking part
        List<NewMeeting> meetings = ofChildren.meetings().stream().filter(m -> !m.participation().underFour())
                .toList();
        long without = meetings.stream().filter(m -> !m.participation().tookPart()).count();
        assertThat(100.0 * without / meetings.size()).as("percentage of meetings without the child")
                .isBetween(15.0, 25.0);
    }

    private static DemoSupervisionGenerator generator(long seed) {
        return new DemoSupervisionGenerator(seed, TODAY, ReflectiveModel.KOLB_4X4X4, 20);
    }
}
