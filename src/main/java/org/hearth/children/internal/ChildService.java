package org.hearth.children.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.access.AccessAction;
import org.hearth.access.AccessLog;
import org.hearth.access.AccessLogEntry;
import org.hearth.access.ChildAccess;
import org.hearth.access.ChildAccessSubject;
import org.hearth.access.CurrentUser;
import org.hearth.access.RestrictedRecords;
import org.hearth.children.AllocationChanged;
import org.hearth.children.ChildDetailsChanged;
import org.hearth.children.Carer;
import org.hearth.children.ChildRecordCreated;
import org.hearth.children.ChildSummary;
import org.hearth.children.ChildView;
import org.hearth.children.EpisodeView;
import org.hearth.children.NewChild;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing children's records. Every method takes the signed-in user, applies the record-level access
 * rule, and writes the access log; each change is one transaction.
 */
@Service
public class ChildService {

    private final ChildRepository children;
    private final EpisodeRepository episodes;
    private final CarerRepository carers;
    private final ChildDetailsValidator validator;
    private final ChildAccess access;
    private final AccessLog accessLog;
    private final RestrictedRecords restrictedRecords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AllocationPeriodRepository allocationHistory;

    ChildService(ChildRepository children, EpisodeRepository episodes, CarerRepository carers,
            ChildDetailsValidator validator, ChildAccess access, AccessLog accessLog,
            RestrictedRecords restrictedRecords, ApplicationEventPublisher events, Clock clock,
            AllocationPeriodRepository allocationHistory) {
        this.allocationHistory = allocationHistory;
        this.children = children;
        this.episodes = episodes;
        this.carers = carers;
        this.validator = validator;
        this.access = access;
        this.accessLog = accessLog;
        this.restrictedRecords = restrictedRecords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID create(CurrentUser user, NewChild input) {
        NewChild child = validator.validate(input);
        UUID id = UUID.randomUUID();
        // The creator must be able to see the record they create; otherwise it would be saved and then hidden from
        // them. Checked (and logged) before anything is saved.
        access.require(user, new ChildAccessSubject(id, child.responsibleTeamId(), child.allocatedWorkerId(), false),
                AccessAction.CHANGE, "created child record");
        if (children.localChildIdTaken(child.localChildId(), null)) {
            throw InvalidInputException.of("localChildId", "Another child already has local child ID "
                    + child.localChildId());
        }
        children.insert(id, child, user.id());
        allocationHistory.changed(id, child.allocatedWorkerId(), LocalDate.now(clock),
                org.hearth.children.SocialWorkerChangeReason.FCONTA, null, user.id());
        events.publishEvent(new ChildRecordCreated(id, child.localChildId(), child.responsibleTeamId(),
                child.allocatedWorkerId(), user.id(), Instant.now(clock)));
        return id;
    }

    /** Checks a child's details without saving anything; refusals name the field. */
    public void check(NewChild input) {
        validator.validate(input);
    }

    /** The child's record, if the user may see it; the view is logged as {@code what}. */
    @Transactional
    public ChildView view(CurrentUser user, UUID id, String what) {
        ChildView child = children.find(id).orElseThrow(() -> notFound(id));
        access.require(user, children.accessSubject(child), AccessAction.VIEW, what);
        return child;
    }

    /** The child's record and episodes, read together and logged once. */
    @Transactional
    public ChildWithEpisodes viewWithEpisodes(CurrentUser user, UUID id, String what) {
        ChildView child = view(user, id, what);
        return new ChildWithEpisodes(child, episodeViews(id));
    }

    @Transactional
    public ChildView update(CurrentUser user, UUID id, int expectedVersion, NewChild input) {
        ChildView current = children.findForUpdate(id).orElseThrow(() -> notFound(id));
        access.require(user, children.accessSubject(current), AccessAction.CHANGE, "changed child details");
        if (current.version() != expectedVersion) {
            throw new StaleEditException("Someone else changed this record since you opened it", current.version());
        }
        NewChild child = validator.validate(input);
        if (children.localChildIdTaken(child.localChildId(), id)) {
            throw InvalidInputException.of("localChildId", "Another child already has local child ID "
                    + child.localChildId());
        }
        if (!children.update(id, expectedVersion, child, user.id())) {
            throw new StaleEditException("Someone else changed this record since you opened it", current.version());
        }
        if (!Objects.equals(current.responsibleTeamId(), child.responsibleTeamId())
                || !Objects.equals(current.allocatedWorkerId(), child.allocatedWorkerId())) {
            // a change of worker on the details form gives no reason: OTHERS (docs/returns-export.md)
            allocationHistory.changed(id, child.allocatedWorkerId(), LocalDate.now(clock),
                    org.hearth.children.SocialWorkerChangeReason.OTHERS, null, user.id());
            events.publishEvent(new AllocationChanged(id, current.responsibleTeamId(), child.responsibleTeamId(),
                    current.allocatedWorkerId(), child.allocatedWorkerId(), user.id(), Instant.now(clock)));
        }
        events.publishEvent(new ChildDetailsChanged(id, user.id(), Instant.now(clock)));
        return children.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Page<ChildSummary> caseload(CurrentUser user, CaseloadFilter filter, int page, int size) {
        return children.caseload(access.visibility(user), filter, LocalDate.now(clock), page, size);
    }

    @Transactional(readOnly = true)
    public List<ChildSummary> search(CurrentUser user, String text, int limit) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.term().isEmpty()) {
            return List.of();
        }
        return children.search(access.visibility(user), query, LocalDate.now(clock), limit);
    }

    @Transactional
    public List<AccessLogEntry> accessHistory(CurrentUser user, UUID id, int offset, int limit) {
        ChildView child = children.find(id).orElseThrow(() -> notFound(id));
        var subject = children.accessSubject(child);
        if (!access.canSeeAccessHistory(user, subject)) {
            accessLog.recordDenied(user, id, AccessAction.VIEW, "access history");
            throw new org.hearth.access.ChildAccessDeniedException(
                    "Only team managers of the child's team and heads of service can see who opened this record");
        }
        accessLog.record(user, id, AccessAction.VIEW, "access history");
        return accessLog.historyOf(id, offset, limit);
    }

    /**
     * Restricts a record: from now on only named users see it. The head of service who restricts it and the
     * allocated worker are named first.
     */
    @Transactional
    public void restrict(CurrentUser user, UUID id, String reason) {
        ChildView child = children.findForUpdate(id).orElseThrow(() -> notFound(id));
        access.require(user, children.accessSubject(child), AccessAction.CHANGE, "restricted the record");
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Enter why the record is restricted");
        }
        restrictedRecords.grant(user, id, user.id(), "restricted the record: " + reason.trim());
        if (child.allocatedWorkerId() != null) {
            restrictedRecords.grant(user, id, child.allocatedWorkerId(), "allocated worker when restricted");
        }
        children.setRestricted(id, true, user.id());
    }

    @Transactional
    public void grantRestrictedAccess(CurrentUser user, UUID id, UUID grantee, String reason) {
        ChildView child = children.findForUpdate(id).orElseThrow(() -> notFound(id));
        access.require(user, children.accessSubject(child), AccessAction.VIEW, "restricted record access list");
        if (grantee == null) {
            throw InvalidInputException.of("userId", "Select the person to give access to");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Enter why they need access");
        }
        restrictedRecords.grant(user, id, grantee, reason.trim());
    }

    List<EpisodeView> episodeViews(UUID childId) {
        List<Episode> history = episodes.historyOf(childId);
        Map<UUID, String> carerNames = history.stream().map(Episode::carerId).filter(Objects::nonNull).distinct()
                .map(carers::find).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(Carer::id, Carer::name));
        return history.stream().map(e -> new EpisodeView(e.id(), e.decom(), e.rne(), e.ls(), e.cin(), e.place(),
                e.placeProvider(), e.carerId(), e.carerId() == null ? null : carerNames.get(e.carerId()), e.plPost(),
                e.urn(), e.homePost(), e.dec(), e.rec(), e.reasonPlaceChange())).toList();
    }

    static RecordNotFoundException notFound(UUID id) {
        return new RecordNotFoundException("No child record with id " + id);
    }

    /** A child's record with its episodes, oldest first. */
    public record ChildWithEpisodes(ChildView child, List<EpisodeView> episodes) {
    }
}
