package org.hearth.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.access.AccessAction;
import org.hearth.access.ChildAccess;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.oversight.internal.DueItemRepository;
import org.hearth.oversight.internal.Timescales;
import org.hearth.oversight.internal.rules.SupervisionSchedule;
import org.hearth.policy.Policies;
import org.hearth.supervision.SupervisionDue;
import org.hearth.supervision.SupervisionRecords;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due, for a child, a worker, a team or the whole service, as the user may see it: only children they may
 * see are listed, and a child's own items are an access to the child's record (logged).
 */
@Service
@Transactional(readOnly = true)
public class DueItems {

    private final DueItemRepository items;
    private final ChildRecords children;
    private final ChildAccess access;
    private final ChildGate gate;
    private final Directory directory;
    private final Policies policies;
    private final SupervisionRecords supervision;
    private final Clock clock;

    DueItems(DueItemRepository items, ChildRecords children, ChildAccess access, ChildGate gate, Directory directory,
            Policies policies, SupervisionRecords supervision, Clock clock) {
        this.supervision = supervision;
        this.gate = gate;
        this.items = items;
        this.children = children;
        this.access = access;
        this.directory = directory;
        this.policies = policies;
        this.clock = clock;
    }

    public Period dueSoonWindow() {
        return policies.period("oversight.due-soon-window", LocalDate.now(clock));
    }

    /** Everything worked out for one child, soonest first, whatever its standing. The view is logged. */
    @Transactional
    public List<DueItemView> forChild(CurrentUser user, UUID childId) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, "due items");
        return views(items.forChild(childId), Map.of(childId, child));
    }

    /**
     * The child's items with no access check or logging: for a page that has already checked and logged the user's
     * access to the child (the child overview).
     */
    public List<DueItemView> itemsOf(UUID childId) {
        return children.find(childId).map(child -> views(items.forChild(childId), Map.of(childId, child)))
                .orElse(List.of());
    }

    /** The user's own worklist: overdue and due-soon items of the children allocated to them. */
    public List<DueItemView> worklist(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return visible(user, items.forWorker(user.id(), today.plus(dueSoonWindow())));
    }

    /** A team's overdue and due-soon items. Team managers see their own teams; heads of service every team. */
    public TeamDueItems team(CurrentUser user, UUID teamId) {
        String teamName = directory.teamNames().get(teamId);
        if (teamName == null) {
            throw new RecordNotFoundException("No team with id " + teamId);
        }
        if (!access.seesEveryChild(user) && !user.teamIds().contains(teamId)) {
            throw new AccessDeniedException("You can see the due items of your own teams only");
        }
        LocalDate today = LocalDate.now(clock);
        List<DueItemView> views = visible(user, items.forTeam(teamId, today.plus(dueSoonWindow())));
        Map<UUID, List<DueItemView>> byWorker = views.stream().collect(Collectors.groupingBy(
                v -> v.workerId() == null ? NO_WORKER : v.workerId(), LinkedHashMap::new, Collectors.toList()));
        List<TeamDueItems.WorkerCounts> workers = new ArrayList<>();
        byWorker.forEach((worker, list) -> workers.add(new TeamDueItems.WorkerCounts(
                worker == NO_WORKER ? null : worker, worker == NO_WORKER ? "Not allocated" : list.get(0).workerName(),
                list.stream().filter(v -> v.status() == DueStatus.OVERDUE).count(),
                list.stream().filter(v -> v.status() == DueStatus.DUE_SOON).count())));
        workers.sort(Comparator.comparing(TeamDueItems.WorkerCounts::overdue).reversed()
                .thenComparing(TeamDueItems.WorkerCounts::workerName));
        return new TeamDueItems(teamId, teamName, workers, views, supervisions(Set.of(teamId)));
    }

    private static final UUID NO_WORKER = new UUID(0, 0);

    /** When each caseholder of these teams is next due one-to-one supervision, soonest first. */
    public List<SupervisionItem> supervisions(Set<UUID> teamIds) {
        LocalDate today = LocalDate.now(clock);
        Timescales timescales = Timescales.on(policies, today);
        Period window = timescales.dueSoonWindow();
        List<SupervisionDue> workers = supervision.supervisionArrangements(teamIds);
        Map<UUID, String> names = directory.displayNames(workers.stream().map(SupervisionDue::workerId).toList());
        return workers.stream().map(w -> {
            SupervisionSchedule.Next next = SupervisionSchedule.next(w, timescales, today);
            return new SupervisionItem(w.workerId(), names.getOrDefault(w.workerId(), "Unknown"), next.dueBy(),
                    next.statusOn(today, window), next.why());
        }).sorted(Comparator.comparing(SupervisionItem::dueBy)).toList();
    }

    /** Overdue and due-soon counts per team: every team for those who see every child, else the user's teams. */
    public List<TeamCounts> acrossTeams(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, String> teamNames = directory.teamNames();
        boolean all = access.seesEveryChild(user);
        return items.countsByTeam(today, today.plus(dueSoonWindow())).stream()
                .filter(c -> c.teamId() != null && (all || user.teamIds().contains(c.teamId())))
                .map(c -> new TeamCounts(c.teamId(), teamNames.getOrDefault(c.teamId(), "Unknown team"),
                        c.overdue(), c.dueSoon(), c.childrenOverdue()))
                .sorted(Comparator.comparing(TeamCounts::overdue).reversed().thenComparing(TeamCounts::teamName))
                .toList();
    }

    private List<DueItemView> visible(CurrentUser user, List<DueItemRepository.Stored> stored) {
        Map<UUID, ChildView> found = children.findAll(stored.stream().map(s -> s.item().childId())
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ChildView::id, Function.identity()));
        found.values().removeIf(child -> !gate.canSee(user, child));
        return views(stored.stream().filter(s -> found.containsKey(s.item().childId())).toList(), found);
    }

    private List<DueItemView> views(List<DueItemRepository.Stored> stored, Map<UUID, ChildView> childrenById) {
        LocalDate today = LocalDate.now(clock);
        Period window = dueSoonWindow();
        Map<UUID, String> workerNames = directory.displayNames(stored.stream().map(DueItemRepository.Stored::workerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return stored.stream().map(s -> {
            DueItem item = s.item();
            ChildView child = childrenById.get(item.childId());
            return new DueItemView(item.childId(), name(child), child == null ? null : child.localChildId(),
                    item.kind(), item.dueBy(), item.statusOn(today, window), item.why(), item.dateCertain(),
                    item.recordPath(), s.workerId(), s.workerId() == null ? "Not allocated"
                            : workerNames.getOrDefault(s.workerId(), "Unknown"));
        }).sorted(Comparator.comparing(DueItemView::dueBy)).toList();
    }

    private static String name(ChildView child) {
        if (child == null) {
            return "Unknown child";
        }
        return (child.preferredName() != null ? child.preferredName() : child.firstName()) + " " + child.lastName();
    }

}
