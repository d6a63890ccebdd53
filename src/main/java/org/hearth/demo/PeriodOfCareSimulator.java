package org.hearth.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;

/**
 * Makes the episode commands of one period of care: START_CARE, then up to six changes of legal status and/or
 * placement on strictly increasing dates before the period's end. Ending care is left to the caller, who knows why
 * it ended. Legal status follows the usual routes (police protection or an emergency protection order to an interim
 * care order, section 20 to an interim care order, interim to full care order or placement order); placements follow
 * {@link PlacementChooser}.
 */
final class PeriodOfCareSimulator {

    /** How settled the child's placement is to be, so that the stability measures have something to find. */
    enum Stability {
        /** Moves at random, but for a child long in care at least one move in the last two years. */
        ORDINARY,
        /** In the same placement for at least two years up to today. */
        SETTLED,
        /** Three or four moves in the last year. */
        UNSETTLED
    }

    /**
     * @param commands START_CARE and the changes that follow it, in date order
     * @param finalPlacement where the child is at the end of the commands
     */
    record Outcome(List<EpisodeCommand> commands, DemoPlacement finalPlacement) {
    }

    /** At most this many commands follow START_CARE in one period. */
    private static final int MAX_CHANGES = 6;

    private enum Move {
        NONE, ORDINARY, NEW_CARERS, SETTLED, ADOPTION, RESPITE, RESPITE_ENDS
    }

    /** What happens on one day: a new legal status, a move, or both (one command). */
    private static final class PlannedChange {
        String legalStatus;
        Move move = Move.NONE;
    }

    private final PlacementChooser chooser;
    private final Random random;

    PeriodOfCareSimulator(PlacementChooser chooser, Random random) {
        this.chooser = chooser;
        this.random = random;
    }

    /**
     * @param start the day care starts
     * @param until the first day no change may fall on: the day care ends, or the day after today if it continues
     */
    Outcome simulate(DemoChild child, LocalDate start, LocalDate until, Stability stability, LocalDate today) {
        LocalDate lastDay = until.minusDays(1);
        String categoryOfNeed = categoryOfNeed(child, child.ageOn(start));
        String legalStatus = startingLegalStatus(child, child.ageOn(start));
        TreeMap<LocalDate, PlannedChange> plan = new TreeMap<>();
        // Placement orders only in the last two years of a period still open: by then an adopted child has left.
        LocalDate placementOrdersFrom = stability == Stability.ORDINARY && until.isAfter(today)
                ? today.minusYears(2) : null;
        planLegalStatus(plan, child, start, legalStatus, lastDay, placementOrdersFrom);
        boolean startsSettled = false;
        switch (stability) {
            case ORDINARY -> planOrdinaryMoves(plan, start, lastDay, until.isAfter(today), today);
            case SETTLED -> startsSettled = planSettledMoves(plan, start, today);
            case UNSETTLED -> planUnsettledMoves(plan, start, lastDay, today);
        }
        if (stability == Stability.ORDINARY && plan.size() <= MAX_CHANGES - 2 && random.nextInt(100) < 8) {
            planRespite(plan, start, lastDay);
        }
        return replay(plan, child, categoryOfNeed, legalStatus, start, startsSettled);
    }

    private Outcome replay(TreeMap<LocalDate, PlannedChange> plan, DemoChild child, String categoryOfNeed,
            String startingLegalStatus, LocalDate start, boolean startsSettled) {
        List<EpisodeCommand> commands = new ArrayList<>();
        String legalStatus = startingLegalStatus;
        DemoPlacement placement = chooser.choose(child, categoryOfNeed, start, legalStatus, null, startsSettled);
        commands.add(new EpisodeCommand(EpisodeCommandType.START_CARE, start, legalStatus, categoryOfNeed,
                placement.type(), placement.provider(), placement.carerId(), placement.postcodeToRecord(),
                placement.urn(), null, null));
        DemoPlacement beforeRespite = null;
        for (Map.Entry<LocalDate, PlannedChange> entry : plan.entrySet()) {
            LocalDate date = entry.getKey();
            PlannedChange change = entry.getValue();
            String newLegalStatus = change.legalStatus != null && !change.legalStatus.equals(legalStatus)
                    ? change.legalStatus : null;
            String legalStatusAfter = newLegalStatus != null ? newLegalStatus : legalStatus;
            boolean longTermAllowed = ChronoUnit.DAYS.between(start, date) >= 180;
            DemoPlacement next = switch (change.move) {
                case NONE -> null;
                case ORDINARY -> longTermAllowed && random.nextInt(100) < 25
                        && chooser.longTermWithSameCarers(placement) != null
                                ? chooser.longTermWithSameCarers(placement)
                                : chooser.choose(child, categoryOfNeed, date, legalStatusAfter, placement,
                                        longTermAllowed && random.nextInt(100) < 35);
                case NEW_CARERS -> chooser.choose(child, categoryOfNeed, date, legalStatusAfter, placement,
                        longTermAllowed && random.nextInt(100) < 35);
                case SETTLED -> random.nextBoolean() && chooser.longTermWithSameCarers(placement) != null
                        ? chooser.longTermWithSameCarers(placement)
                        : chooser.choose(child, categoryOfNeed, date, legalStatusAfter, placement, true);
                case ADOPTION -> "E1".equals(legalStatusAfter) ? chooser.forAdoption(placement)
                        : chooser.choose(child, categoryOfNeed, date, legalStatusAfter, placement, false);
                case RESPITE -> placement.isFoster() ? chooser.respite() : null;
                case RESPITE_ENDS -> beforeRespite;
            };
            if (next == null && newLegalStatus != null) {
                next = placementTheNewStatusNeeds(child, categoryOfNeed, date, newLegalStatus, placement);
            }
            if (next != null && next.isSamePlacementAs(placement)) {
                next = null;
            }
            if (next == null && newLegalStatus == null) {
                continue;
            }
            beforeRespite = change.move == Move.RESPITE && next != null ? placement : null;
            EpisodeCommandType type = next == null ? EpisodeCommandType.CHANGE_LEGAL_STATUS
                    : newLegalStatus == null ? EpisodeCommandType.CHANGE_PLACEMENT
                            : EpisodeCommandType.CHANGE_LEGAL_STATUS_AND_PLACEMENT;
            // No reason is recorded when a temporary placement ends (903 rule 226).
            String reason = next == null || placement.isTemporary() ? null : chooser.reasonForChange(placement, next);
            commands.add(new EpisodeCommand(type, date, newLegalStatus, null, next == null ? null : next.type(),
                    next == null ? null : next.provider(), next == null ? null : next.carerId(),
                    next == null ? null : next.postcodeToRecord(), next == null ? null : next.urn(), reason, null));
            legalStatus = legalStatusAfter;
            placement = next == null ? placement : next;
        }
        return new Outcome(List.copyOf(commands), placement);
    }

    /**
     * A placement order is not made for a child living with parents, so that child moves with it; and a legal
     * change in supported accommodation after April 2024 records the same setting as K3, since H5 has gone.
     */
    private DemoPlacement placementTheNewStatusNeeds(DemoChild child, String categoryOfNeed, LocalDate date,
            String newLegalStatus, DemoPlacement placement) {
        if ("E1".equals(newLegalStatus) && placement.isWithParents()) {
            return chooser.choose(child, categoryOfNeed, date, newLegalStatus, placement, false);
        }
        if ("H5".equals(placement.type()) && !date.isBefore(PlacementChooser.SUPPORTED_ACCOMMODATION_REGISTERED)) {
            return new DemoPlacement("K3", placement.provider(), placement.carer(), placement.postcode(), null);
        }
        return null;
    }

    private void planLegalStatus(TreeMap<LocalDate, PlannedChange> plan, DemoChild child, LocalDate start,
            String legalStatus, LocalDate lastDay, LocalDate placementOrdersFrom) {
        LocalDate from = start;
        String status = legalStatus;
        while (true) {
            LocalDate next;
            String to;
            switch (status) {
                case "L1" -> {
                    // Police protection lasts at most 72 hours.
                    next = from.plusDays(1 + random.nextInt(3));
                    to = random.nextInt(100) < 60 ? "C1" : "V2";
                }
                case "L2" -> {
                    // An emergency protection order lasts up to eight days.
                    next = from.plusDays(5 + random.nextInt(4));
                    to = "C1";
                }
                case "V2" -> {
                    if (child.uasc() || random.nextInt(100) >= 30) {
                        return;
                    }
                    next = from.plusDays(20 + random.nextInt(281));
                    to = "C1";
                }
                case "C1" -> {
                    // Care proceedings take about 26 weeks, often longer.
                    next = from.plusDays(120 + random.nextInt(211));
                    boolean placementOrder = placementOrdersFrom != null && next.isAfter(placementOrdersFrom)
                            && child.ageOn(next) < 4 && random.nextInt(100) < 35;
                    to = placementOrder ? "E1" : "C2";
                }
                default -> {
                    return;
                }
            }
            if (next.isAfter(lastDay)) {
                return;
            }
            plan.computeIfAbsent(next, day -> new PlannedChange()).legalStatus = to;
            if (to.equals("E1")) {
                LocalDate placedForAdoption = next.plusDays(60 + random.nextInt(181));
                if (!placedForAdoption.isAfter(lastDay)) {
                    plan.computeIfAbsent(placedForAdoption, day -> new PlannedChange()).move = Move.ADOPTION;
                }
            }
            from = next;
            status = to;
        }
    }

    private void planOrdinaryMoves(TreeMap<LocalDate, PlannedChange> plan, LocalDate start, LocalDate lastDay,
            boolean open, LocalDate today) {
        // A child placed for adoption stays with the adopters: other moves come before.
        LocalDate lastMoveDay = plan.entrySet().stream().filter(e -> e.getValue().move == Move.ADOPTION)
                .map(e -> e.getKey().minusDays(1)).findFirst().orElse(lastDay);
        int roll = random.nextInt(100);
        int moves = roll < 35 ? 0 : roll < 65 ? 1 : roll < 83 ? 2 : roll < 93 ? 3 : roll < 98 ? 4 : 5;
        moves = (int) Math.min(moves, ChronoUnit.DAYS.between(start, lastMoveDay) / 90);
        for (int i = 0; i < moves; i++) {
            addMove(plan, Move.ORDINARY, start, lastMoveDay);
        }
        mergeSomeMovesWithLegalChanges(plan, lastMoveDay);
        LocalDate twoYearsAgo = today.minusYears(2);
        if (open && start.isBefore(twoYearsAgo)
                && plan.tailMap(twoYearsAgo, false).values().stream().noneMatch(c -> c.move != Move.NONE)) {
            // Only the SETTLED children have had the same carers for two years.
            addMove(plan, Move.NEW_CARERS, twoYearsAgo, lastMoveDay);
        }
    }

    /** @return whether the first placement is the settled one (no moves before two years ago) */
    private boolean planSettledMoves(TreeMap<LocalDate, PlannedChange> plan, LocalDate start, LocalDate today) {
        LocalDate settledBy = today.minusYears(2).minusDays(random.nextInt(120));
        if (!settledBy.isAfter(start)) {
            return random.nextInt(100) < 60;
        }
        int roll = random.nextInt(100);
        int moves = (int) Math.min(roll < 50 ? 0 : roll < 85 ? 1 : 2, ChronoUnit.DAYS.between(start, settledBy) / 45);
        for (int i = 0; i < moves; i++) {
            addMove(plan, Move.ORDINARY, start, settledBy);
        }
        mergeSomeMovesWithLegalChanges(plan, settledBy);
        plan.descendingMap().values().stream().filter(c -> c.move != Move.NONE).findFirst()
                .ifPresent(last -> last.move = Move.SETTLED);
        return moves == 0 && random.nextInt(100) < 60;
    }

    private void planUnsettledMoves(TreeMap<LocalDate, PlannedChange> plan, LocalDate start, LocalDate lastDay,
            LocalDate today) {
        LocalDate yearAgo = today.minusYears(1);
        LocalDate from = start.isAfter(yearAgo) ? start : yearAgo;
        int recent = random.nextInt(100) < 70 ? 3 : 4;
        for (int i = 0; i < recent; i++) {
            addMove(plan, Move.NEW_CARERS, from, lastDay);
        }
        if (start.isBefore(yearAgo.minusDays(45)) && random.nextBoolean()) {
            addMove(plan, Move.ORDINARY, start, yearAgo);
        }
    }

    /** Court orders are often the moment a child moves: some legal changes bring a move on the same day. */
    private void mergeSomeMovesWithLegalChanges(TreeMap<LocalDate, PlannedChange> plan, LocalDate lastMoveDay) {
        for (Map.Entry<LocalDate, PlannedChange> entry : plan.headMap(lastMoveDay, true).entrySet()) {
            if (entry.getValue().move == Move.NONE && random.nextInt(100) < 15) {
                entry.getValue().move = Move.ORDINARY;
            }
        }
    }

    /** A few nights away while the foster carers are on holiday, on days nothing else happens. */
    private void planRespite(TreeMap<LocalDate, PlannedChange> plan, LocalDate start, LocalDate lastDay) {
        long room = ChronoUnit.DAYS.between(start, lastDay) - 16;
        if (room < 1) {
            return;
        }
        LocalDate away = start.plusDays(1 + random.nextInt((int) Math.min(room, Integer.MAX_VALUE)));
        LocalDate back = away.plusDays(3 + random.nextInt(12));
        if (plan.subMap(away, true, back, true).isEmpty()) {
            plan.computeIfAbsent(away, day -> new PlannedChange()).move = Move.RESPITE;
            plan.computeIfAbsent(back, day -> new PlannedChange()).move = Move.RESPITE_ENDS;
        }
    }

    /** Adds a move on a day after {@code after} up to {@code latest}, sharing a day only with a legal change. */
    private void addMove(TreeMap<LocalDate, PlannedChange> plan, Move move, LocalDate after, LocalDate latest) {
        long days = ChronoUnit.DAYS.between(after, latest);
        if (days < 1) {
            return;
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            LocalDate day = after.plusDays(1 + random.nextInt((int) Math.min(days, Integer.MAX_VALUE)));
            PlannedChange existing = plan.get(day);
            if (existing == null && plan.size() < MAX_CHANGES) {
                plan.computeIfAbsent(day, d -> new PlannedChange()).move = move;
                return;
            }
            if (existing != null && existing.move == Move.NONE) {
                existing.move = move;
                return;
            }
        }
    }

    private String startingLegalStatus(DemoChild child, int age) {
        if (child.uasc()) {
            return "V2";
        }
        int roll = random.nextInt(100);
        if (age >= 16) {
            return roll < 50 ? "V2" : roll < 78 ? "C1" : roll < 88 ? "L1" : roll < 93 ? "L2" : "C2";
        }
        return roll < 20 ? "V2" : roll < 70 ? "C1" : roll < 82 ? "L2" : roll < 92 ? "L1" : "C2";
    }

    private String categoryOfNeed(DemoChild child, int age) {
        if (child.uasc()) {
            return "N8";
        }
        int roll = random.nextInt(100);
        if (roll < 60) {
            return "N1";
        } else if (roll < 63) {
            return "N2";
        } else if (roll < 66) {
            return "N3";
        } else if (roll < 74) {
            return "N4";
        } else if (roll < 89) {
            return "N5";
        } else if (roll < 92) {
            return age >= 10 ? "N6" : "N5";
        } else if (roll < 93) {
            return "N7";
        }
        return "N8";
    }
}
