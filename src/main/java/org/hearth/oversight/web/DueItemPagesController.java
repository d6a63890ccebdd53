package org.hearth.oversight.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.oversight.DueItemView;
import org.hearth.oversight.DueItems;
import org.hearth.oversight.DueStatus;
import org.hearth.oversight.TeamDueItems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** My work, a team's due items, and the view across teams. */
@Controller
class DueItemPagesController {

    private static final int PAGE_SIZE = 50;

    private final DueItems dueItems;
    private final CurrentUsers currentUsers;

    DueItemPagesController(DueItems dueItems, CurrentUsers currentUsers) {
        this.dueItems = dueItems;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/my-work")
    @PreAuthorize(Authorisation.CASEHOLDERS)
    String myWork(@RequestParam(required = false) String sort, Model model) {
        List<DueItemView> items = sorted(dueItems.worklist(currentUsers.require()), sort);
        model.addAttribute("items", items);
        model.addAttribute("overdue", items.stream().filter(i -> i.status() == DueStatus.OVERDUE).count());
        model.addAttribute("dueSoon", items.stream().filter(i -> i.status() == DueStatus.DUE_SOON).count());
        model.addAttribute("sort", sortKey(sort));
        model.addAttribute("window", dueItems.dueSoonWindow().getDays());
        // a team manager's own work includes supervising the team
        var user = currentUsers.require();
        model.addAttribute("supervisions", user.has(org.hearth.access.Role.TEAM_MANAGER)
                ? dueItems.supervisions(user.teamIds()).stream()
                        .filter(s -> s.status() != DueStatus.NOT_YET_DUE && !s.workerId().equals(user.id())).toList()
                : List.of());
        return "oversight/my-work";
    }

    @GetMapping("/teams/{id}/due-items")
    @PreAuthorize(Authorisation.OVERSIGHT_READERS)
    String team(@PathVariable UUID id, @RequestParam(required = false) String sort,
            @RequestParam(required = false) UUID worker, @RequestParam(defaultValue = "1") int page, Model model) {
        TeamDueItems team = dueItems.team(currentUsers.require(), id);
        List<DueItemView> items = sorted(team.items().stream()
                .filter(i -> worker == null || worker.equals(i.workerId())).toList(), sort);
        // a team of 150 children can have hundreds of items: a page at a time, the counts above cover them all
        int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("team", team);
        model.addAttribute("supervisions", team.supervisions());
        model.addAttribute("items", items.subList((current - 1) * PAGE_SIZE,
                Math.min(items.size(), current * PAGE_SIZE)));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("total", items.size());
        model.addAttribute("worker", worker);
        model.addAttribute("sort", sortKey(sort));
        return "oversight/team";
    }

    @GetMapping("/oversight")
    @PreAuthorize(Authorisation.OVERSIGHT_READERS)
    String acrossTeams(Model model) {
        model.addAttribute("teams", dueItems.acrossTeams(currentUsers.require()));
        return "oversight/teams";
    }

    private static String sortKey(String sort) {
        return sort == null || !List.of("due", "child", "worker", "kind").contains(sort) ? "due" : sort;
    }

    private static List<DueItemView> sorted(List<DueItemView> items, String sort) {
        Comparator<DueItemView> order = switch (sortKey(sort)) {
            case "child" -> Comparator.comparing(DueItemView::childName);
            case "worker" -> Comparator.comparing(DueItemView::workerName);
            case "kind" -> Comparator.comparing(DueItemView::label);
            default -> Comparator.comparing(DueItemView::dueBy);
        };
        return items.stream().sorted(order.thenComparing(DueItemView::dueBy)).toList();
    }
}
