package org.hearth.children.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.ChildAccess;
import org.hearth.access.CurrentUser;
import org.hearth.children.CareEnded;
import org.hearth.children.CareStarted;
import org.hearth.children.ChildView;
import org.hearth.children.EpisodeChangeUndone;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeView;
import org.hearth.children.LegalStatusChanged;
import org.hearth.children.PlacementChanged;
import org.hearth.codes.CodeLists;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records episode commands: in one transaction the open episode closes, the next opens, the record's version moves
 * on, the change is access-logged, and the domain events are published (and stored by the event registry).
 */
@Service
public class EpisodeService {

    private final ChildRepository children;
    private final EpisodeRepository episodes;
    private final CarerRepository carers;
    private final ChildService childService;
    private final ChildAccess access;
    private final CodeLists codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EpisodeService(ChildRepository children, EpisodeRepository episodes, CarerRepository carers,
            ChildService childService, ChildAccess access, CodeLists codes, ApplicationEventPublisher events,
            Clock clock) {
        this.children = children;
        this.episodes = episodes;
        this.carers = carers;
        this.childService = childService;
        this.access = access;
        this.codes = codes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the record version the user saw, or null to skip the check (API calls without If-Match)
     * @return the child's episodes after the change
     */
    @Transactional
    public List<EpisodeView> record(CurrentUser user, UUID childId, EpisodeCommand command, Integer expectedVersion) {
        ChildView child = children.findForUpdate(childId).orElseThrow(() -> ChildService.notFound(childId));
        access.require(user, children.accessSubject(child), AccessAction.CHANGE,
                command.type() == null ? "episode" : command.type().label().toLowerCase(java.util.Locale.UK));
        if (expectedVersion != null && expectedVersion != child.version()) {
            throw new StaleEditException("Someone else changed this record since you opened it", child.version());
        }
        List<Episode> history = episodes.historyOf(childId);
        Optional<Episode> before = history.stream().filter(Episode::isOpen).findFirst();
        EpisodeRules.Transition transition = new EpisodeRules(codes, carers::find)
                .apply(history, command, child.dateOfBirth(), child.homePostcode(), LocalDate.now(clock));
        if (transition.closed() != null) {
            episodes.close(transition.closed());
        }
        if (transition.opened() != null) {
            episodes.insert(childId, transition.opened(), user.id());
        }
        children.touch(childId, user.id());
        publish(childId, before.orElse(null), transition, user.id());
        return childService.episodeViews(childId);
    }

    /**
     * Undoes the latest change to the child's episodes, with the reason, for a mistake (a wrong date or placement).
     * The undo is access-logged and published, so the history shows it happened.
     */
    @Transactional
    public List<EpisodeView> undoLatest(CurrentUser user, UUID childId, String reason, Integer expectedVersion) {
        ChildView child = children.findForUpdate(childId).orElseThrow(() -> ChildService.notFound(childId));
        String why = reason == null ? "" : reason.trim();
        access.require(user, children.accessSubject(child), AccessAction.CHANGE, "undid the latest episode change: "
                + why);
        if (expectedVersion != null && expectedVersion != child.version()) {
            throw new StaleEditException("Someone else changed this record since you opened it", child.version());
        }
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "Enter why the change is being undone");
        }
        EpisodeRules.Undo undo = EpisodeRules.undoLatest(episodes.historyOf(childId));
        if (undo.removed() != null) {
            episodes.delete(undo.removed());
        }
        if (undo.reopened() != null) {
            episodes.reopen(undo.reopened());
        }
        children.touch(childId, user.id());
        events.publishEvent(new EpisodeChangeUndone(childId, undo.removed() == null ? null : undo.removed().id(),
                undo.reopened() == null ? null : undo.reopened().id(), why, user.id()));
        return childService.episodeViews(childId);
    }

    private void publish(UUID childId, Episode before, EpisodeRules.Transition transition, UUID by) {
        Episode opened = transition.opened();
        if (opened == null) {
            Episode closed = transition.closed();
            events.publishEvent(new CareEnded(childId, closed.id(), closed.dec(), closed.rec(), by));
            return;
        }
        switch (opened.rne()) {
            case "S" -> events.publishEvent(new CareStarted(childId, opened.id(), opened.decom(), opened.ls(),
                    opened.cin(), opened.place(), opened.carerId(), by));
            case "L" -> events.publishEvent(new LegalStatusChanged(childId, opened.id(), opened.decom(), before.ls(),
                    opened.ls(), by));
            default -> {
                if (!opened.ls().equals(before.ls())) {
                    events.publishEvent(new LegalStatusChanged(childId, opened.id(), opened.decom(), before.ls(),
                            opened.ls(), by));
                }
                events.publishEvent(new PlacementChanged(childId, opened.id(), opened.decom(), opened.rne(),
                        before.place(), opened.place(), before.carerId(), opened.carerId(),
                        "T".equals(opened.rne()) || "U".equals(opened.rne()),
                        transition.closed().reasonPlaceChange(), by));
            }
        }
    }
}
