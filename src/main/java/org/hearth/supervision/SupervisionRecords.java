package org.hearth.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.policy.Policies;
import org.hearth.supervision.internal.BulkSupervision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision, decisions and meetings for other modules: the drift engine's queries and the demo data's bulk load.
 * <p>
 * No access check and no access log here: callers decide who may see what they show.
 */
@Service
public class SupervisionRecords {

    private final BulkSupervision store;
    private final Directory directory;
    private final Policies policies;
    private final ApplicationEventPublisher events;

    SupervisionRecords(BulkSupervision store, Directory directory, Policies policies,
            ApplicationEventPublisher events) {
        this.store = store;
        this.directory = directory;
        this.policies = policies;
        this.events = events;
    }

    /**
     * The open decisions of many children (a query per thousand children), soonest due first, undated last.
     *
     * @return every child asked about, with an empty list for a child with none open
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<DecisionView>> openDecisionsOf(Collection<UUID> childIds) {
        return store.openDecisionsOf(childIds);
    }

    /**
     * One entry per active social worker and personal adviser (those who hold a caseload and are supervised by a
     * team manager), with their teams, latest one-to-one supervision and newly-qualified start date, for the drift
     * engine to work out when supervision is due.
     */
    @Transactional(readOnly = true)
    public List<SupervisionDue> supervisionArrangements() {
        Map<UUID, LocalDate> latest = store.latestOneToOne();
        Map<UUID, LocalDate> newlyQualified = store.newlyQualified();
        return directory.caseholders().stream()
                .filter(u -> u.roles().contains(Role.SOCIAL_WORKER) || u.roles().contains(Role.PERSONAL_ADVISER))
                .map(u -> new SupervisionDue(u.id(), u.teamIds(), latest.get(u.id()), newlyQualified.get(u.id())))
                .toList();
    }

    /** The arrangements of the caseholders of these teams only: for a team's page, without reading every worker. */
    @Transactional(readOnly = true)
    public List<SupervisionDue> supervisionArrangements(Collection<UUID> teamIds) {
        var workers = directory.caseholdersIn(teamIds).stream()
                .filter(u -> u.roles().contains(Role.SOCIAL_WORKER) || u.roles().contains(Role.PERSONAL_ADVISER))
                .toList();
        Map<UUID, LocalDate> latest = store.latestOneToOne(workers.stream().map(u -> u.id()).toList());
        Map<UUID, LocalDate> newlyQualified = store.newlyQualified();
        return workers.stream()
                .map(u -> new SupervisionDue(u.id(), u.teamIds(), latest.get(u.id()), newlyQualified.get(u.id())))
                .toList();
    }

    /**
     * Loads sessions, decisions and meetings at once (demo and stress data), in the caller's transaction: all or
     * nothing. Reflective discussion is measured as for a session recorded on a page. Publishes one
     * {@link SupervisionLoaded} for the batch rather than an event per record.
     *
     * @return how many rows were loaded
     */
    @Transactional
    public int load(List<NewSession> sessions, List<NewDecision> decisions, List<NewMeeting> meetings,
            UUID loadedBy) {
        return load(sessions, decisions, meetings, Map.of(), loadedBy);
    }

    /**
     * As {@link #load(List, List, List, UUID)}, first setting the supervision arrangement of workers who are newly
     * qualified (by the date they started practice), so that their weekly then fortnightly sessions are judged by
     * their arrangement. Each worker must have no arrangement yet.
     *
     * @return how many sessions, decisions and meetings were loaded
     */
    @Transactional
    public int load(List<NewSession> sessions, List<NewDecision> decisions, List<NewMeeting> meetings,
            Map<UUID, LocalDate> newlyQualifiedSince, UUID loadedBy) {
        store.insertArrangements(newlyQualifiedSince, loadedBy);
        store.insertSessions(sessions, on -> policies.number("supervision.reflective.minimum-words", on), loadedBy);
        store.insertDecisions(decisions, loadedBy);
        store.insertMeetings(meetings, loadedBy);
        Set<UUID> children = new LinkedHashSet<>();
        Set<UUID> supervisees = new LinkedHashSet<>();
        sessions.forEach(s -> {
            children.addAll(s.childIds());
            supervisees.add(s.superviseeId());
        });
        decisions.forEach(d -> children.add(d.childId()));
        meetings.forEach(m -> children.add(m.childId()));
        events.publishEvent(new SupervisionLoaded(new ArrayList<>(children), new ArrayList<>(supervisees)));
        return sessions.size() + decisions.size() + meetings.size();
    }
}
