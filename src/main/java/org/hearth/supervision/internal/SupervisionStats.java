package org.hearth.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.supervision.MeetingKind;
import org.hearth.supervision.Participation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team figures: the rate of supervision sessions with reflective discussion recorded per team and month, and the
 * share of meetings held without the child's participation per team and kind. Team managers see their own teams;
 * heads of service and performance officers every team. No child is named, so no access log is written.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionStats {

    /** The longest range one request may ask about. */
    static final int MAX_MONTHS = 36;

    private final SessionRepository sessions;
    private final MeetingRepository meetings;
    private final Directory directory;
    private final Clock clock;

    SupervisionStats(SessionRepository sessions, MeetingRepository meetings, Directory directory, Clock clock) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.directory = directory;
        this.clock = clock;
    }

    /** One team's figure for one month; {@code rate} is a percentage rounded to one decimal place, null with none. */
    public record MonthRate(UUID teamId, String teamName, LocalDate month, long sessions, long reflective,
            Double rate) {
    }

    /** A date range, defaulted and checked: from the first of the month eleven months ago, to today. */
    public record Range(LocalDate from, LocalDate to) {
    }

    public Range range(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "The start of the period must be on or before its end");
        }
        if (start.plusMonths(MAX_MONTHS).isBefore(end)) {
            throw InvalidInputException.of("from", "Ask about " + MAX_MONTHS + " months or fewer at a time");
        }
        return new Range(start, end);
    }

    /** Every team's month in the range, with zero for a month with no session, teams by name then months. */
    public List<MonthRate> reflectiveRate(CurrentUser user, UUID teamId, Range range) {
        Collection<UUID> teams = teamsFor(user, teamId, directory);
        Map<UUID, String> names = directory.teamNames();
        List<UUID> shown = (teams == null ? names.keySet() : teams).stream()
                .sorted(Comparator.comparing((UUID id) -> names.getOrDefault(id, "")).thenComparing(id -> id))
                .toList();
        Map<String, SessionRepository.MonthCount> counts = new LinkedHashMap<>();
        sessions.countsByTeamAndMonth(teams, range.from(), range.to())
                .forEach(c -> counts.put(c.teamId() + "/" + c.month(), c));
        List<MonthRate> result = new ArrayList<>();
        for (UUID team : shown) {
            for (LocalDate month = range.from().withDayOfMonth(1); !month.isAfter(range.to());
                    month = month.plusMonths(1)) {
                SessionRepository.MonthCount c = counts.get(team + "/" + month);
                long total = c == null ? 0 : c.sessions();
                long reflective = c == null ? 0 : c.reflective();
                result.add(new MonthRate(team, names.getOrDefault(team, "Unknown team"), month, total, reflective,
                        rate(reflective, total)));
            }
        }
        return result;
    }

    /** Meetings of one kind in one team: how many, how many without the child, and the share without. */
    public record ParticipationRow(UUID teamId, String teamName, MeetingKind kind, long meetings, long underFour,
            long withoutChild, Double shareWithout) {
    }

    /** A child with meetings held without them. */
    public record ChildRow(UUID childId, long meetings, long withoutChild, Double shareWithout) {
    }

    public record ParticipationReport(List<ParticipationRow> byTeamAndKind, List<ParticipationRow> byTeam,
            List<ChildRow> children) {
    }

    /**
     * Share of meetings without the child's participation (PN7: did not attend and views not conveyed), of the
     * meetings of children aged 4 or over (PN0 left out, as the 903 return counts under-4s apart).
     */
    public ParticipationReport participation(CurrentUser user, UUID teamId, Range range) {
        Collection<UUID> teams = teamsFor(user, teamId, directory);
        Map<UUID, String> names = directory.teamNames();
        Map<String, long[]> byKind = new LinkedHashMap<>();
        Map<UUID, long[]> byTeam = new LinkedHashMap<>();
        for (MeetingRepository.Count c : meetings.counts(teams, range.from(), range.to())) {
            long[] k = byKind.computeIfAbsent(c.teamId() + "/" + c.kind().name(), x -> new long[3]);
            long[] t = byTeam.computeIfAbsent(c.teamId(), x -> new long[3]);
            for (long[] a : List.of(k, t)) {
                a[0] += c.meetings();
                if (c.participation().underFour()) {
                    a[1] += c.meetings();
                } else if (!c.participation().tookPart()) {
                    a[2] += c.meetings();
                }
            }
        }
        List<ParticipationRow> kinds = new ArrayList<>();
        byKind.forEach((key, a) -> {
            UUID team = UUID.fromString(key.substring(0, key.indexOf('/')));
            kinds.add(row(team, names, MeetingKind.valueOf(key.substring(key.indexOf('/') + 1)), a));
        });
        kinds.sort(Comparator.comparing(ParticipationRow::teamName).thenComparing(ParticipationRow::kind));
        List<ParticipationRow> teamRows = new ArrayList<>();
        byTeam.forEach((team, a) -> teamRows.add(row(team, names, null, a)));
        teamRows.sort(Comparator.comparing(ParticipationRow::teamName));
        List<ChildRow> children = meetings.countsByChild(teams, range.from(), range.to()).stream()
                .map(c -> new ChildRow(c.childId(), c.meetings(), c.withoutChild(), rate(c.withoutChild(),
                        c.meetings()))).toList();
        return new ParticipationReport(kinds, teamRows, children);
    }

    private static ParticipationRow row(UUID team, Map<UUID, String> names, MeetingKind kind, long[] a) {
        return new ParticipationRow(team, names.getOrDefault(team, "Unknown team"), kind, a[0], a[1], a[2],
                rate(a[2], a[0] - a[1]));
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    /**
     * The teams a user may see figures for: null means every team (heads of service, performance officers); a team
     * manager their own teams. Asking about another team is refused; an unknown team is not found.
     */
    static Collection<UUID> teamsFor(CurrentUser user, UUID teamId, Directory directory) {
        boolean all = user.hasAny(Role.HEAD_OF_SERVICE, Role.PERFORMANCE_OFFICER);
        if (teamId != null) {
            if (directory.team(teamId).isEmpty()) {
                throw new RecordNotFoundException("No team with id " + teamId);
            }
            if (!all && !user.teamIds().contains(teamId)) {
                throw new AccessDeniedException("You can see the figures of your own teams only");
            }
            return Set.of(teamId);
        }
        return all ? null : user.teamIds();
    }
}
