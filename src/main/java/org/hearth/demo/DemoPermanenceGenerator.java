package org.hearth.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.hearth.children.ChildHistory;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatch;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.PreviousPermanence;

/**
 * Permanence records that agree with the demo's care histories (the 903's PrevPerm, PlacedAdoption, AD1 and DoLo):
 * <ul>
 * <li>previous permanence for each child's latest period of care: mostly none (Z1), some an adoption, special
 * guardianship or child arrangements order before care, with the month known;</li>
 * <li>a decision that the child should be placed for adoption before their placement order (legal status E1),
 * reversed when care then ended other than by adoption;</li>
 * <li>the match with adopters before a placement for adoption (A5 with the foster carers, A6 with adopters);</li>
 * <li>a Deprivation of Liberty Order for a few teenagers in children's homes (K2), for the placement.</li>
 * </ul>
 * Seeded, so the same seed gives the same records.
 */
final class DemoPermanenceGenerator {

    private final Random random;
    private final LocalDate today;

    DemoPermanenceGenerator(long seed, LocalDate today) {
        this.random = new Random(seed ^ 0x903_0091L);
        this.today = today;
    }

    /** @return the records of the children who have any, in the batch's order */
    List<ChildPermanence> of(List<ChildHistory> histories, List<UUID> ids) {
        List<ChildPermanence> records = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            ChildPermanence child = of(histories.get(i), ids.get(i));
            if (!child.isEmpty()) {
                records.add(child);
            }
        }
        return records;
    }

    private ChildPermanence of(ChildHistory history, UUID id) {
        LocalDate born = history.child().dateOfBirth();
        LocalDate careStarted = null;
        LocalDate placementOrder = null;
        LocalDate decision = null;
        LocalDate reversed = null;
        LocalDate placedForAdoption = null;
        boolean withFosterCarers = false;
        String placement = null;
        LocalDate placedOn = null;
        List<DeprivationOfLibertyOrder> orders = new ArrayList<>();
        for (EpisodeCommand command : history.commands()) {
            if (command.type() == EpisodeCommandType.START_CARE) {
                careStarted = command.date();
            }
            if ("E1".equals(command.legalStatus()) && placementOrder == null) {
                placementOrder = command.date();
                // the decision comes first, in the care it was made in (docs/903.md 2.8)
                decision = between(later(careStarted, born.plusDays(1)), placementOrder.minusDays(30),
                        placementOrder);
            }
            if (command.placementType() != null) {
                endOrder(orders, command.date(), id);
                placement = command.placementType();
                placedOn = command.date();
                if (("A5".equals(placement) || "A6".equals(placement)) && placedForAdoption == null) {
                    placedForAdoption = command.date();
                    withFosterCarers = "A5".equals(placement);
                }
                int age = (int) ChronoUnit.YEARS.between(born, command.date());
                if ("K2".equals(placement) && age >= 13 && random.nextInt(100) < 12) {
                    LocalDate start = command.date().plusDays(7 + random.nextInt(60));
                    if (!start.isAfter(today)) {
                        orders.add(new DeprivationOfLibertyOrder(null, id, start, null, 0));
                    }
                }
            }
            if (command.type() == EpisodeCommandType.END_CARE) {
                endOrder(orders, command.date(), id);
                boolean adopted = "E11".equals(command.reasonEpisodeCeased())
                        || "E12".equals(command.reasonEpisodeCeased());
                if (decision != null && !adopted && reversed == null) {
                    reversed = command.date(); // RD1: the child's needs changed; they left care another way
                }
                placement = null;
            }
        }
        List<AdoptionDecision> decisions = decision == null ? List.of()
                : List.of(new AdoptionDecision(null, id, decision, reversed, reversed == null ? null : "RD1", 0));
        AdoptionMatch match = null;
        if (placedForAdoption != null && decision != null && !placedForAdoption.isBefore(decision)) {
            LocalDate matchedOn = between(decision, placedForAdoption.minusDays(14), placedForAdoption);
            String[] adopters = DemoChoices.pick(random, "MF L11", 70, "FF L12", 8, "MM L12", 5, "F1 L0", 15,
                    "M1 L0", 2).split(" ");
            match = new AdoptionMatch(id, matchedOn, withFosterCarers, adopters[0].endsWith("1") ? 1 : 2,
                    adopters[0], adopters[1], 0);
        }
        return new ChildPermanence(id, careStarted == null ? null : previous(id, born, careStarted), decisions, match,
                orders);
    }

    /** Before care: mostly nothing; sometimes an order that ended (docs/903.md 2.9: P1 to P3 with its month). */
    private PreviousPermanence previous(UUID id, LocalDate born, LocalDate careStarted) {
        String option = DemoChoices.pick(random, "Z1", 88, "P1", 3, "P2", 5, "P3", 4);
        if ("Z1".equals(option) || !careStarted.isAfter(born.plusMonths(6))) {
            return new PreviousPermanence(id, "Z1", null, null, 0);
        }
        LocalDate ordered = between(born.plusMonths(1), careStarted.minusMonths(1), careStarted);
        String authority = DemoChoices.pick(random, "821", 60, "825", 25, "WAL", 10, "SCO", 5);
        return new PreviousPermanence(id, option, authority, String.format("zz/%02d/%d", ordered.getMonthValue(),
                ordered.getYear()), 0);
    }

    /**
     * An order in force ends the day before the placement it was made for ends (rule 709: no day of it in another
     * placement); one that would have started after that was never made.
     */
    private static void endOrder(List<DeprivationOfLibertyOrder> orders, LocalDate on, UUID id) {
        if (!orders.isEmpty()) {
            DeprivationOfLibertyOrder last = orders.get(orders.size() - 1);
            LocalDate end = on.minusDays(1);
            if (last.endedOn() == null && !end.isBefore(last.startedOn())) {
                orders.set(orders.size() - 1, new DeprivationOfLibertyOrder(null, id, last.startedOn(), end, 0));
            } else if (last.endedOn() == null) {
                orders.remove(orders.size() - 1);
            }
        }
    }

    /** A day from {@code from} to {@code to} (inclusive), not after {@code limit}; {@code from} when they cross. */
    private LocalDate between(LocalDate from, LocalDate to, LocalDate limit) {
        LocalDate end = to.isAfter(limit) ? limit : to;
        long days = ChronoUnit.DAYS.between(from, end);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : a.isAfter(b) ? a : b;
    }
}
