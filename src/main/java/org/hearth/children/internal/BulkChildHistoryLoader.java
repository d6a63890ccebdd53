package org.hearth.children.internal;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.children.Carer;
import org.hearth.children.ChildHistoriesLoaded;
import org.hearth.children.ChildHistory;
import org.hearth.children.ChildHistoryLoader;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.NewChild;
import org.hearth.codes.CodeLists;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates every child and replays every command through {@link EpisodeRules} in memory, then writes the lot with
 * JDBC batches: tens of thousands of children load in seconds, and a refusal anywhere leaves nothing written.
 */
@Service
class BulkChildHistoryLoader implements ChildHistoryLoader {

    private final ChildDetailsValidator validator;
    private final org.hearth.access.Directory directory;
    private final CodeLists codes;
    private final CarerRepository carers;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final CaseloadCounts counts;
    private final ApplicationEventPublisher events;

    BulkChildHistoryLoader(ChildDetailsValidator validator, org.hearth.access.Directory directory, CodeLists codes,
            CarerRepository carers, JdbcTemplate jdbcTemplate, JdbcClient jdbc, CaseloadCounts counts,
            ApplicationEventPublisher events) {
        this.events = events;
        this.validator = validator;
        this.directory = directory;
        this.codes = codes;
        this.carers = carers;
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.counts = counts;
    }

    @Override
    @Transactional
    public List<UUID> load(List<ChildHistory> histories, UUID loadedBy, LocalDate today) {
        Map<UUID, Optional<Carer>> carerCache = new HashMap<>();
        Map<UUID, Boolean> teamExists = new HashMap<>();
        Map<UUID, Boolean> activeWorker = new HashMap<>();
        EpisodeRules rules = new EpisodeRules(codes, id -> carerCache.computeIfAbsent(id, carers::find));
        counts.childChanged();
        List<UUID> ids = new ArrayList<>();
        List<Object[]> childRows = new ArrayList<>();
        List<Object[]> episodeRows = new ArrayList<>();
        List<Object[]> allocationRows = new ArrayList<>();
        int index = 0;
        for (ChildHistory history : histories) {
            NewChild child;
            try {
                child = validator.validate(history.child(),
                        team -> teamExists.computeIfAbsent(team, t -> directory.team(t).isPresent()),
                        worker -> activeWorker.computeIfAbsent(worker,
                                w -> directory.user(w).map(u -> u.enabled()).orElse(false)));
            } catch (InvalidInputException e) {
                throw located(e, index, "child");
            }
            UUID id = UUID.randomUUID();
            ids.add(id);
            childRows.add(childRow(id, child, loadedBy));
            List<Episode> episodes = new ArrayList<>();
            int step = 0;
            for (EpisodeCommand command : history.commands()) {
                EpisodeRules.Transition transition;
                try {
                    transition = rules.apply(episodes, command, child.dateOfBirth(), child.homePostcode(), today);
                } catch (InvalidInputException e) {
                    throw located(e, index, "command " + step);
                }
                if (transition.closed() != null) {
                    episodes.set(episodes.size() - 1, transition.closed());
                }
                if (transition.opened() != null) {
                    episodes.add(transition.opened());
                }
                step++;
            }
            for (Episode episode : episodes) {
                episodeRows.add(episodeRow(id, episode, loadedBy));
            }
            if (child.allocatedWorkerId() != null) {
                // the allocation history (903 SWEpisodes) begins with the care history loaded: the worker is taken
                // to have held the case from the first episode, a first contact (FCONTA)
                LocalDate from = episodes.isEmpty() ? today : episodes.get(0).decom();
                allocationRows.add(new Object[] {UUID.randomUUID(), id, child.allocatedWorkerId(), Date.valueOf(from),
                    "FCONTA", loadedBy});
            }
            index++;
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO child (id, local_child_id, first_name, middle_names, last_name, preferred_name,
                    date_of_birth, sex, ethnicity, upn, nhs_number, uasc, uasc_ceased_on, home_postcode,
                    current_postcode, responsible_team_id, allocated_worker_id, created_by, updated_by, mother,
                    first_child_born_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", childRows,
                new int[] {Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.DATE,
                    Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.OTHER, Types.OTHER, Types.OTHER, Types.BOOLEAN,
                    Types.DATE});
        jdbcTemplate.batchUpdate("""
                INSERT INTO episode (id, child_id, decom, rne, ls, cin, place, place_provider, carer_id, pl_post, urn,
                                     home_post, dec, rec, reason_place_change, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", episodeRows,
                new int[] {Types.OTHER, Types.OTHER, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                    Types.VARCHAR, Types.VARCHAR, Types.OTHER});
        jdbcTemplate.batchUpdate("""
                INSERT INTO allocation_period (id, child_id, worker_id, started_on, sw_reason, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""", allocationRows,
                new int[] {Types.OTHER, Types.OTHER, Types.OTHER, Types.DATE, Types.VARCHAR, Types.OTHER});
        // one event for the batch, stored with it: the chronology builds these children's entries after commit
        events.publishEvent(new ChildHistoriesLoaded(List.copyOf(ids), loadedBy));
        return ids;
    }

    @Override
    @Transactional(readOnly = true)
    public long countChildren() {
        return jdbc.sql("SELECT count(*) FROM child").query(Long.class).single();
    }

    private static InvalidInputException located(InvalidInputException e, int index, String where) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> new FieldProblem("histories[" + index + "]." + where + "." + p.field(), p.message()))
                .toList());
    }

    private static Object[] childRow(UUID id, NewChild c, UUID by) {
        return new Object[] {id, c.localChildId(), c.firstName(), c.middleNames(), c.lastName(), c.preferredName(),
            Date.valueOf(c.dateOfBirth()), c.sex(), c.ethnicity(), c.upn(), c.nhsNumber(), Boolean.TRUE.equals(c.uasc()),
            c.uascCeasedOn() == null ? null : Date.valueOf(c.uascCeasedOn()), c.homePostcode(), c.currentPostcode(),
            c.responsibleTeamId(), c.allocatedWorkerId(), by, by, c.mother(),
            c.firstChildBornOn() == null ? null : Date.valueOf(c.firstChildBornOn())};
    }

    private static Object[] episodeRow(UUID childId, Episode e, UUID by) {
        return new Object[] {e.id(), childId, Date.valueOf(e.decom()), e.rne(), e.ls(), e.cin(), e.place(),
            e.placeProvider(), e.carerId(), e.plPost(), e.urn(), e.homePost(),
            e.dec() == null ? null : Date.valueOf(e.dec()), e.rec(), e.reasonPlaceChange(), by};
    }
}
