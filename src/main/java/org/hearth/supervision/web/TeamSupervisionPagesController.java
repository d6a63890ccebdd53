package org.hearth.supervision.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.supervision.internal.StoredSession;
import org.hearth.supervision.internal.SupervisionService;
import org.hearth.supervision.internal.SupervisionStats;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** For managers: the reflective-supervision rate per team and month, the sessions behind it, meeting participation. */
@Controller
class TeamSupervisionPagesController {

    private final SupervisionStats stats;
    private final SupervisionService supervision;
    private final CurrentUsers currentUsers;
    private final Directory directory;

    TeamSupervisionPagesController(SupervisionStats stats, SupervisionService supervision, CurrentUsers currentUsers,
            Directory directory) {
        this.stats = stats;
        this.supervision = supervision;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @GetMapping("/supervision/stats")
    @PreAuthorize(Authorisation.OVERSIGHT_READERS)
    String stats(@RequestParam(required = false) UUID team, Model model) {
        CurrentUser user = currentUsers.require();
        SupervisionStats.Range range = stats.range(null, null);
        var rates = stats.reflectiveRate(user, team, range);
        model.addAttribute("range", range);
        model.addAttribute("byTeam", rates.stream().collect(Collectors.groupingBy(SupervisionStats.MonthRate::teamName,
                java.util.TreeMap::new, Collectors.toList())));
        model.addAttribute("canOpen", Authorisation.allows(Authorisation.SUPERVISORS, user));
        return "supervision/stats";
    }

    @GetMapping("/supervision/sessions")
    @PreAuthorize(Authorisation.SUPERVISION_READERS)
    String sessions(@RequestParam(required = false) UUID team,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean reflective, Model model) {
        CurrentUser user = currentUsers.require();
        SupervisionStats.Range range = stats.range(from, to);
        var sessions = supervision.sessions(user, team, range.from(), range.to(), reflective);
        model.addAttribute("sessions", sessions);
        model.addAttribute("range", range);
        model.addAttribute("teamName", team == null ? null : directory.teamNames().get(team));
        model.addAttribute("reflective", reflective);
        model.addAttribute("canRecord", Authorisation.allows(Authorisation.SUPERVISORS, user));
        model.addAttribute("names", directory.displayNames(sessions.stream()
                .flatMap(s -> java.util.stream.Stream.of(s.supervisorId(), s.superviseeId()))
                .filter(Objects::nonNull).collect(Collectors.toSet())));
        return "supervision/sessions";
    }

    @GetMapping("/supervision/participation")
    @PreAuthorize(Authorisation.OVERSIGHT_READERS)
    String participation(@RequestParam(required = false) UUID team, Model model) {
        SupervisionStats.Range range = stats.range(null, null);
        model.addAttribute("range", range);
        model.addAttribute("report", stats.participation(currentUsers.require(), team, range));
        return "supervision/participation";
    }

}
