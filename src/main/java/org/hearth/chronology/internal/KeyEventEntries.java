package org.hearth.chronology.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.children.AllocationChanged;
import org.hearth.children.CareEnded;
import org.hearth.children.CareStarted;
import org.hearth.children.Carer;
import org.hearth.children.Carers;
import org.hearth.children.ChildRecordCreated;
import org.hearth.children.Events;
import org.hearth.children.LegalStatusChanged;
import org.hearth.children.PlacementChanged;
import org.hearth.codes.CodeField;
import org.hearth.codes.CodeLists;
import org.springframework.stereotype.Component;

/**
 * Turns the children module's events into chronology entries: short factual titles, the facts from the event with
 * codes and carers in words, and the source record to link to. Names are looked up once per batch, so a bulk load of
 * thousands of children costs a handful of queries, not thousands.
 */
@Component
class KeyEventEntries {

    static final String SOURCE = "Hearth: episode of care record";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CodeLists codes;
    private final Carers carers;
    private final Directory directory;

    KeyEventEntries(CodeLists codes, Carers carers, Directory directory) {
        this.codes = codes;
        this.carers = carers;
        this.directory = directory;
    }

    List<AutomaticEntry> entriesFor(Collection<? extends Events> events) {
        Names names = new Names(events);
        List<AutomaticEntry> entries = new ArrayList<>(events.size());
        for (Events event : events) {
            AutomaticEntry entry = entryFor(event, names);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private AutomaticEntry entryFor(Events event, Names names) {
        Instant now = Instant.now();
        if (event instanceof ChildRecordCreated e) {
                ZonedDateTime at = e.createdAt().atZone(LONDON);
                return new AutomaticEntry("ChildRecordCreated:" + e.childId(), e.childId(), at.toLocalDate(),
                        at.toLocalTime().withNano(0).withSecond(0), Category.OTHER, Significance.OTHER,
                        "Child's record created in Hearth", "Local child ID " + e.localChildId() + ". Responsible team: "
                                + names.team(e.teamId()) + ". Allocated worker: " + names.user(e.allocatedWorkerId())
                                + ".", "Hearth: child record", "CHILD", e.childId(), e.createdBy(),
                        names.user(e.createdBy()), now);
            }
        if (event instanceof CareStarted e) {
            return new AutomaticEntry("CareStarted:" + e.episodeId(), e.childId(), e.date(), null,
                    Category.CARE_AND_PLACEMENT, Significance.KEY_EVENT, "Became looked after",
                    "Legal status: " + code(names, CodeField.LS, e.legalStatus(), e.date()) + ". Placement: "
                            + placement(names, e.placementType(), e.carerId(), e.date())
                            + (e.categoryOfNeed() == null ? "" : ". Category of need: "
                                    + code(names, CodeField.CIN, e.categoryOfNeed(), e.date())) + ".",
                    SOURCE, "EPISODE", e.episodeId(), e.recordedBy(), names.user(e.recordedBy()), now);
        }
        if (event instanceof PlacementChanged e) {
            return new AutomaticEntry("PlacementChanged:" + e.episodeId(), e.childId(), e.date(),
                    null, Category.CARE_AND_PLACEMENT, Significance.KEY_EVENT,
                    e.sameCarers() ? "Placement type changed, same carers" : "Moved placement",
                    "From " + placement(names, e.fromPlacementType(), e.fromCarerId(), e.date()) + " to "
                            + placement(names, e.toPlacementType(), e.toCarerId(), e.date()) + ". Reason: "
                            + (e.reason() == null ? "not recorded"
                                    : code(names, CodeField.REASON_PLACE_CHANGE, e.reason(), e.date())) + ".",
                    SOURCE, "EPISODE", e.episodeId(), e.recordedBy(), names.user(e.recordedBy()), now);
        }
        if (event instanceof LegalStatusChanged e) {
            return new AutomaticEntry("LegalStatusChanged:" + e.episodeId(), e.childId(),
                    e.date(), null, Category.LEGAL, Significance.KEY_EVENT, "Legal status changed",
                    "From " + code(names, CodeField.LS, e.fromLegalStatus(), e.date()) + " to "
                            + code(names, CodeField.LS, e.toLegalStatus(), e.date()) + ".",
                    SOURCE, "EPISODE", e.episodeId(), e.recordedBy(), names.user(e.recordedBy()), now);
        }
        if (event instanceof CareEnded e) {
            return new AutomaticEntry("CareEnded:" + e.episodeId(), e.childId(), e.date(), null,
                    Category.CARE_AND_PLACEMENT, Significance.KEY_EVENT, "Ceased to be looked after",
                    "Reason: " + code(names, CodeField.REC, e.reasonEpisodeCeased(), e.date()) + ".", SOURCE,
                    "EPISODE_END", e.episodeId(), e.recordedBy(), names.user(e.recordedBy()), now);
        }
        if (event instanceof AllocationChanged e) {
                ZonedDateTime at = e.changedAt().atZone(LONDON);
                boolean teamChanged = !Objects.equals(e.fromTeamId(), e.toTeamId());
                String description = (teamChanged ? "Responsible team: from " + names.team(e.fromTeamId()) + " to "
                        + names.team(e.toTeamId()) + ". " : "") + "Allocated worker: from "
                        + names.user(e.fromWorkerId()) + " to " + names.user(e.toWorkerId()) + ".";
                return new AutomaticEntry("AllocationChanged:" + e.childId() + ":" + e.changedAt() + ":"
                        + e.toTeamId() + ":" + e.toWorkerId(), e.childId(), at.toLocalDate(),
                        at.toLocalTime().withNano(0).withSecond(0), Category.OTHER, Significance.OTHER,
                        teamChanged ? "Responsible team changed" : "Allocated worker changed", description,
                        "Hearth: child record", "ALLOCATION", e.childId(), e.changedBy(), names.user(e.changedBy()),
                        now);
            }
        return null;
    }

    private String placement(Names names, String placementType, UUID carerId, LocalDate on) {
        if (placementType == null) {
            return "no placement recorded";
        }
        String carer = names.carer(carerId);
        return code(names, CodeField.PLACE, placementType, on) + (carer == null ? "" : " with " + carer);
    }

    private String code(Names names, CodeField field, String code, LocalDate on) {
        if (code == null) {
            return "not recorded";
        }
        return names.codes.computeIfAbsent(field + ":" + code + ":" + on.getYear() + ":" + on.getMonthValue(),
                k -> code + " – " + codes.describe(field, code, on));
    }

    /** Names of the users, teams and carers a batch of events mentions, looked up once. */
    private final class Names {
        private final Map<UUID, String> users;
        private final Map<UUID, String> teams;
        private Map<UUID, String> carerNames;
        private final Map<String, String> codes = new HashMap<>();

        Names(Collection<? extends Events> events) {
            List<UUID> ids = new ArrayList<>();
            for (Events e : events) {
                if (e instanceof ChildRecordCreated c) {
                    ids.add(c.createdBy());
                    ids.add(c.allocatedWorkerId());
                } else if (e instanceof AllocationChanged a) {
                    ids.add(a.changedBy());
                    ids.add(a.fromWorkerId());
                    ids.add(a.toWorkerId());
                } else if (e instanceof CareStarted c) {
                    ids.add(c.recordedBy());
                } else if (e instanceof PlacementChanged p) {
                    ids.add(p.recordedBy());
                } else if (e instanceof LegalStatusChanged l) {
                    ids.add(l.recordedBy());
                } else if (e instanceof CareEnded c) {
                    ids.add(c.recordedBy());
                }
            }
            users = directory.displayNames(ids);
            teams = directory.teamNames();
        }

        String user(UUID id) {
            return id == null ? "none" : users.getOrDefault(id, "Hearth");
        }

        String team(UUID id) {
            return id == null ? "none" : teams.getOrDefault(id, "unknown team");
        }

        String carer(UUID id) {
            if (id == null) {
                return null;
            }
            if (carerNames == null) {
                carerNames = new HashMap<>();
                for (Carer carer : carers.all()) {
                    carerNames.put(carer.id(), carer.name());
                }
            }
            return carerNames.get(id);
        }
    }
}
