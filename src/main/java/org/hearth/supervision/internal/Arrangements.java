package org.hearth.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.access.UserSummary;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.hearth.supervision.SupervisionArrangementChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workers' supervision arrangements (newly qualified since a date, or not), set by their team manager. */
@Service
public class Arrangements {

    private final ArrangementRepository arrangements;
    private final SessionRepository sessions;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Arrangements(ArrangementRepository arrangements, SessionRepository sessions, Directory directory,
            ApplicationEventPublisher events, Clock clock) {
        this.arrangements = arrangements;
        this.sessions = sessions;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** A worker with their arrangement and latest one-to-one. */
    public record WorkerArrangement(UUID workerId, String displayName, List<UUID> teamIds,
            LocalDate newlyQualifiedSince, LocalDate lastSessionDate, int version) {
    }

    /** The workers of the user's teams (every team for heads of service), by name. */
    @Transactional(readOnly = true)
    public List<WorkerArrangement> ofTeams(CurrentUser user) {
        List<UserSummary> workers = user.has(Role.HEAD_OF_SERVICE) ? directory.caseholders()
                : directory.caseholdersIn(user.teamIds());
        Map<UUID, LocalDate> latest = sessions.latestOneToOne();
        return workers.stream().filter(w -> !w.id().equals(user.id()))
                .sorted(Comparator.comparing(UserSummary::displayName))
                .map(w -> {
                    var arrangement = arrangements.find(w.id(), false);
                    return new WorkerArrangement(w.id(), w.displayName(), w.teamIds().stream().sorted().toList(),
                            arrangement.map(ArrangementRepository.Arrangement::newlyQualifiedSince).orElse(null),
                            latest.get(w.id()),
                            arrangement.map(ArrangementRepository.Arrangement::version).orElse(-1));
                }).toList();
    }

    /**
     * Sets when the worker started practice as newly qualified (null: not newly qualified).
     *
     * @param expectedVersion the version the manager saw, or -1 when no arrangement was set yet
     */
    @Transactional
    public void set(CurrentUser user, UUID workerId, LocalDate newlyQualifiedSince, int expectedVersion) {
        UserSummary worker = directory.user(workerId).filter(UserSummary::enabled)
                .orElseThrow(() -> new RecordNotFoundException("No worker with id " + workerId));
        if (!user.has(Role.HEAD_OF_SERVICE) && worker.teamIds().stream().noneMatch(user.teamIds()::contains)) {
            throw new AccessDeniedException("You can set the supervision arrangements of your own team only");
        }
        if (newlyQualifiedSince != null && newlyQualifiedSince.isAfter(LocalDate.now(clock).plusMonths(3))) {
            throw InvalidInputException.of("newlyQualifiedSince", "The date they started practice must be no more "
                    + "than 3 months from today");
        }
        var current = arrangements.find(workerId, true);
        int version = current.map(ArrangementRepository.Arrangement::version).orElse(-1);
        if (version != expectedVersion) {
            throw new StaleEditException("Someone else changed this arrangement since you opened it", version);
        }
        if (current.isEmpty()) {
            arrangements.insert(workerId, newlyQualifiedSince, user.id());
        } else if (!arrangements.update(workerId, expectedVersion, newlyQualifiedSince, user.id())) {
            throw new StaleEditException("Someone else changed this arrangement since you opened it", version);
        }
        events.publishEvent(new SupervisionArrangementChanged(workerId, newlyQualifiedSince, user.id()));
    }
}
