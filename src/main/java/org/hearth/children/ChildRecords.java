package org.hearth.children;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.ChildAccessSubject;

/**
 * Read-only look-ups of children's records for other modules: they apply the access rule and write the access log
 * themselves, for what they show.
 */
public interface ChildRecords {

    /** The child's record, without access check or logging: for the caller's own access decision. */
    Optional<ChildView> find(UUID childId);

    /** Several children's records at once (those that exist), without access check or logging. */
    List<ChildView> findAll(Collection<UUID> childIds);

    /**
     * The children allocated to a worker (their caseload), by local child id, without access check or logging: for
     * the caller's own access decision (a supervisor choosing which of a supervisee's children were discussed).
     */
    List<ChildView> allocatedTo(UUID workerId);

    /**
     * The ids of the children a team is responsible for, without access check or logging: for narrowing a team view
     * before the caller's own access decision.
     */
    List<UUID> idsInTeams(Collection<UUID> teamIds);

    /**
     * Who holds each child's record (team, allocated worker, restricted or not), without access check or logging:
     * for counting many children by team after the caller's own access decision, without reading whole records.
     */
    Map<UUID, ChildAccessSubject> accessSubjectsOf(Collection<UUID> childIds);

    /** One episode as stored now: gone when the change that opened it was undone. */
    Optional<EpisodeView> episode(UUID episodeId);

    /**
     * The key events of children's stored histories, as the events recording them one by one would have published
     * (record created, care started, placement and legal status changes, care ended), oldest first per child: for
     * histories loaded in bulk ({@link ChildHistoriesLoaded}), which publish no event per change.
     */
    Map<UUID, List<Events>> keyEventsOf(Collection<UUID> childIds);

    /**
     * Who holds the record of each child with one of these local child ids (the CHILD of a 903 return), keyed by the
     * id upper-cased as the return gives it, case forgiven; ids with no record are absent. Without access check or
     * logging: for the caller's own decision (linking a finding on another system's return to the Hearth record).
     */
    Map<String, ChildAccessSubject> accessSubjectsByLocalId(Collection<String> localChildIds);
}
