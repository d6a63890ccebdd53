package org.hearth.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hearth.demo.DemoCarer.Provision;

/**
 * Picks plausible placements for a child's age, legal status and needs, with carers from the demo register.
 * Mirrors what the episode rules insist on: foster placements (U1-U6) with a foster household, no provider for
 * temporary placements, K3 only from April 2024 (H5 before) and only for 16 and 17 year olds, placement with parents
 * (P1, provider PR0) only under a care order.
 */
final class PlacementChooser {

    /** K3 replaced H5 in the 2024-25 collection year. */
    static final LocalDate SUPPORTED_ACCOMMODATION_REGISTERED = LocalDate.of(2024, 4, 1);

    /** What kind of placement, before a carer is picked. */
    private enum Choice {
        FOSTER, CHILDRENS_HOME, SUPPORTED_ACCOMMODATION, RESIDENTIAL_SCHOOL, RESIDENTIAL_CARE_HOME, WITH_PARENTS
    }

    private final Map<Provision, List<DemoCarer>> carersByProvision = new EnumMap<>(Provision.class);
    private final DemoPostcodes postcodes;
    private final Random random;

    PlacementChooser(List<DemoCarer> carers, DemoPostcodes postcodes, Random random) {
        for (Provision provision : Provision.values()) {
            carersByProvision.put(provision, new ArrayList<>());
        }
        for (DemoCarer carer : carers) {
            carersByProvision.get(carer.provision()).add(carer);
        }
        if (carersByProvision.get(Provision.COUNCIL_FOSTER_CARERS).size() < 2) {
            throw new IllegalArgumentException("The demo register needs at least two council foster households");
        }
        this.postcodes = postcodes;
        this.random = random;
    }

    /**
     * A new placement, with different carers from the current one (if any).
     *
     * @param current the placement the child leaves, or null when care starts
     * @param longTerm whether it is planned to last (U1, U4 or a children's home), as a settled placement is
     */
    DemoPlacement choose(DemoChild child, String categoryOfNeed, LocalDate date, String legalStatus,
            DemoPlacement current, boolean longTerm) {
        int age = child.ageOn(date);
        Choice choice = longTerm ? (age >= 11 && random.nextInt(100) < 15 ? Choice.CHILDRENS_HOME : Choice.FOSTER)
                : pickChoice(child, categoryOfNeed, age, legalStatus, current);
        DemoPlacement placement = switch (choice) {
            case FOSTER -> foster(child, age, legalStatus, current, longTerm);
            case CHILDRENS_HOME -> withSetting(Provision.CHILDRENS_HOME, "K2", current);
            case SUPPORTED_ACCOMMODATION -> withSetting(Provision.SUPPORTED_ACCOMMODATION,
                    date.isBefore(SUPPORTED_ACCOMMODATION_REGISTERED) ? "H5" : "K3", current);
            case RESIDENTIAL_SCHOOL -> withSetting(Provision.RESIDENTIAL_SCHOOL, "S1", current);
            case RESIDENTIAL_CARE_HOME -> withSetting(Provision.RESIDENTIAL_CARE_HOME, "R1", current);
            case WITH_PARENTS -> new DemoPlacement("P1", "PR0", null, child.homePostcode(), null);
        };
        // A setting with no other home of its kind to move to: fall back to foster care.
        return placement != null ? placement : foster(child, age, legalStatus, current, longTerm);
    }

    /**
     * The same carers, now as a long-term placement (U6 to U4, U3 to U1: 903 RNE T), or null if the current
     * placement is not a short-term foster placement.
     */
    DemoPlacement longTermWithSameCarers(DemoPlacement current) {
        String type = switch (current.type()) {
            case "U6" -> "U4";
            case "U3" -> "U1";
            default -> null;
        };
        return type == null ? null : new DemoPlacement(type, current.provider(), current.carer(), current.postcode(),
                null);
    }

    /**
     * Placed for adoption under a placement order: with the current foster carers as prospective adopters (A5),
     * or with adopters found by the regional adoption agency (A6). Agencies record URN XXXXXXX.
     */
    DemoPlacement forAdoption(DemoPlacement current) {
        if (current.isFoster() && current.carer() != null
                && current.carer().provision() != Provision.CONNECTED_PERSONS && random.nextInt(100) < 30) {
            return new DemoPlacement("A5", "PR1", current.carer(), current.postcode(), "XXXXXXX");
        }
        return new DemoPlacement("A6", "PR1", null, postcodes.pick(random, 50, 10, 10), "XXXXXXX");
    }

    /** A few nights elsewhere while the foster carers are on holiday (T3): no provider, no carer on the register. */
    DemoPlacement respite() {
        return new DemoPlacement("T3", null, null, postcodes.pick(random, 85, 5, 10), null);
    }

    /**
     * 903 REASON_PLACE_CHANGE for leaving {@code from} for {@code to}. Not called when a temporary placement ends,
     * since the rules want it blank then.
     */
    String reasonForChange(DemoPlacement from, DemoPlacement to) {
        if (to.hasSameCarerAs(from)) {
            return "PLACE";
        }
        if (to.isTemporary()) {
            return "OTHER";
        }
        if (to.type().startsWith("A") || to.isWithParents()) {
            return "CARPL";
        }
        if (to.type().equals("K3") || to.type().equals("H5")) {
            return random.nextInt(100) < 70 ? "CARPL" : "CHILD";
        }
        int roll = random.nextInt(100);
        if (roll < 36) {
            return "CARPL";
        } else if (roll < 51) {
            return "CREQB";
        } else if (roll < 59) {
            return "CREQO";
        } else if (roll < 68) {
            return "CHILD";
        } else if (roll < 77) {
            return "LAREQ";
        } else if (roll < 80) {
            return "STAND";
        } else if (roll < 83) {
            return "ALLEG";
        } else if (roll < 89) {
            return "CLOSE";
        }
        return "OTHER";
    }

    private Choice pickChoice(DemoChild child, String categoryOfNeed, int age, String legalStatus,
            DemoPlacement current) {
        boolean disabled = "N2".equals(categoryOfNeed);
        // Placement with parents is made under a care order, never from a placement with parents.
        boolean withParents = ("C1".equals(legalStatus) || "C2".equals(legalStatus))
                && (current == null || !current.isWithParents());
        Map<Choice, Integer> weights = new EnumMap<>(Choice.class);
        if (child.uasc()) {
            if (age >= 16) {
                weights.put(Choice.SUPPORTED_ACCOMMODATION, 60);
                weights.put(Choice.FOSTER, 35);
                weights.put(Choice.CHILDRENS_HOME, 5);
            } else {
                weights.put(Choice.FOSTER, 80);
                weights.put(Choice.CHILDRENS_HOME, 20);
            }
        } else if (age >= 16) {
            weights.put(Choice.FOSTER, 50);
            weights.put(Choice.SUPPORTED_ACCOMMODATION, 28);
            weights.put(Choice.CHILDRENS_HOME, 15);
            weights.put(Choice.WITH_PARENTS, withParents ? 4 : 0);
            weights.put(Choice.RESIDENTIAL_SCHOOL, disabled ? 5 : 1);
            weights.put(Choice.RESIDENTIAL_CARE_HOME, disabled ? 4 : 0);
        } else if (age >= 11) {
            weights.put(Choice.FOSTER, 70);
            weights.put(Choice.CHILDRENS_HOME, 20);
            weights.put(Choice.WITH_PARENTS, withParents ? 6 : 0);
            weights.put(Choice.RESIDENTIAL_SCHOOL, disabled ? 8 : 1);
            weights.put(Choice.RESIDENTIAL_CARE_HOME, disabled ? 4 : 0);
        } else if (age >= 5) {
            weights.put(Choice.FOSTER, 90);
            weights.put(Choice.CHILDRENS_HOME, 2);
            weights.put(Choice.WITH_PARENTS, withParents ? 7 : 0);
            weights.put(Choice.RESIDENTIAL_SCHOOL, disabled && age >= 8 ? 5 : 0);
        } else {
            weights.put(Choice.FOSTER, 94);
            weights.put(Choice.WITH_PARENTS, withParents ? 6 : 0);
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        // EnumMap iterates in declaration order, so this walk is repeatable.
        for (Map.Entry<Choice, Integer> weight : weights.entrySet()) {
            roll -= weight.getValue();
            if (roll < 0) {
                return weight.getKey();
            }
        }
        return Choice.FOSTER;
    }

    private DemoPlacement foster(DemoChild child, int age, String legalStatus, DemoPlacement current,
            boolean longTerm) {
        boolean connected = !child.uasc() && random.nextInt(100) < 22
                && carersByProvision.get(Provision.CONNECTED_PERSONS).size() > 1;
        if (connected) {
            DemoCarer carer = anotherCarer(Provision.CONNECTED_PERSONS, current);
            return new DemoPlacement(longTerm ? "U1" : "U3", carer.placementProvider(), carer, carer.postcode(),
                    null);
        }
        int agencyPercent = child.uasc() ? 55 : 40;
        Provision provision = random.nextInt(100) < agencyPercent
                && carersByProvision.get(Provision.AGENCY_FOSTER_CARERS).size() > 1
                        ? Provision.AGENCY_FOSTER_CARERS : Provision.COUNCIL_FOSTER_CARERS;
        DemoCarer carer = anotherCarer(provision, current);
        String type;
        if (longTerm) {
            type = "U4";
        } else if (age < 2 && ("C1".equals(legalStatus) || "E1".equals(legalStatus)) && random.nextInt(100) < 10) {
            // Fostering for adoption: carers also approved as adopters.
            type = "U5";
        } else {
            type = "U6";
        }
        return new DemoPlacement(type, carer.placementProvider(), carer, carer.postcode(), null);
    }

    private DemoPlacement withSetting(Provision provision, String type, DemoPlacement current) {
        List<DemoCarer> settings = carersByProvision.get(provision);
        if (settings.isEmpty() || settings.size() == 1 && current != null && current.carer() != null
                && current.carer().id().equals(settings.get(0).id())) {
            return null;
        }
        DemoCarer setting = anotherCarer(provision, current);
        return new DemoPlacement(type, setting.placementProvider(), setting, setting.postcode(), null);
    }

    /** A carer of the kind asked for who is not the current one: a move is a move. */
    private DemoCarer anotherCarer(Provision provision, DemoPlacement current) {
        List<DemoCarer> carers = carersByProvision.get(provision);
        while (true) {
            DemoCarer carer = carers.get(random.nextInt(carers.size()));
            if (current == null || current.carer() == null || !current.carer().id().equals(carer.id())) {
                return carer;
            }
        }
    }
}
