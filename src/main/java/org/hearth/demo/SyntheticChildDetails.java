package org.hearth.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.hearth.demo.SyntheticNames.Pool;

/**
 * Makes up who a demo child is: sex, ethnicity, names and identifiers. Ethnicity is weighted like a council in the
 * East of England, mostly White British; unaccompanied children come from the countries most UASC in England do.
 */
final class SyntheticChildDetails {

    /**
     * @param ethnicity 903 ETHNIC
     * @param upn a UPN, or UN1 (not of school age), UN2 (never at school in England) or UN4 (not known yet)
     * @param nhsNumber null for the few not yet registered with a GP
     */
    record Details(String sex, String ethnicity, String firstName, String middleNames, String lastName,
            String preferredName, String upn, String nhsNumber) {
    }

    private record Weighted(String ethnicity, int weight) {
    }

    /** Where unaccompanied children come from: the names pool, the ethnicity usually recorded, and how often. */
    private record Origin(Pool pool, String ethnicity, String alternativeEthnicity, int weight) {
    }

    private static final List<Weighted> ETHNICITIES = List.of(new Weighted("WBRI", 680), new Weighted("WIRI", 5),
            new Weighted("WOTH", 55), new Weighted("WIRT", 10), new Weighted("WROM", 10), new Weighted("MWBC", 50),
            new Weighted("MWBA", 20), new Weighted("MWAS", 20), new Weighted("MOTH", 30), new Weighted("AIND", 8),
            new Weighted("APKN", 18), new Weighted("ABAN", 8), new Weighted("AOTH", 8), new Weighted("BCRB", 15),
            new Weighted("BAFR", 30), new Weighted("BOTH", 8), new Weighted("CHNE", 3), new Weighted("OOTH", 10),
            new Weighted("REFU", 2), new Weighted("NOBT", 5));

    private static final List<Origin> UASC_ORIGINS = List.of(new Origin(Pool.AFGHAN, "AOTH", "AOTH", 30),
            new Origin(Pool.ERITREAN, "BAFR", "BAFR", 20), new Origin(Pool.SUDANESE, "BAFR", "BAFR", 15),
            new Origin(Pool.KURDISH, "OOTH", "MOTH", 20), new Origin(Pool.VIETNAMESE, "AOTH", "AOTH", 5),
            new Origin(Pool.ALBANIAN, "WOTH", "WOTH", 10));

    private final Random random;
    private final SyntheticIdentifiers identifiers;

    SyntheticChildDetails(Random random) {
        this.random = random;
        this.identifiers = new SyntheticIdentifiers(random);
    }

    String localChildId() {
        return identifiers.localChildId();
    }

    /**
     * @param newlyLookedAfter whether care started in the last month, when a UPN is often not yet known
     */
    Details child(LocalDate dateOfBirth, LocalDate today, boolean uasc, boolean newlyLookedAfter) {
        String sex;
        String ethnicity;
        Pool pool;
        if (uasc) {
            // Most unaccompanied children arriving in England are boys of 14 to 17.
            sex = random.nextInt(100) < 92 ? "M" : "F";
            Origin origin = uascOrigin();
            ethnicity = random.nextInt(100) < 70 ? origin.ethnicity() : origin.alternativeEthnicity();
            pool = origin.pool();
        } else {
            sex = random.nextInt(100) < 54 ? "M" : "F";
            ethnicity = ethnicity();
            pool = SyntheticNames.forEthnicity(ethnicity, random);
        }
        String firstName = pool.firstName(sex, random);
        String middleNames = null;
        if (random.nextInt(100) < (uasc ? 10 : 50)) {
            String middle = pool.firstName(sex, random);
            middleNames = middle.equals(firstName) ? null : middle;
        }
        String lastName = pool.surname(random);
        String shortForm = SyntheticNames.shortFormOf(firstName);
        String preferredName = shortForm != null && random.nextInt(100) < 40 ? shortForm : null;
        int age = java.time.Period.between(dateOfBirth, today).getYears();
        String upn;
        if (uasc) {
            upn = "UN2";
        } else if (age < 5) {
            upn = "UN1";
        } else if (newlyLookedAfter && random.nextBoolean()) {
            upn = "UN4";
        } else {
            upn = identifiers.upn(yearStartedSchool(dateOfBirth));
        }
        String nhsNumber = random.nextInt(100) < (uasc ? 80 : 98) ? identifiers.nhsNumber() : null;
        return new Details(sex, ethnicity, firstName, middleNames, lastName, preferredName, upn, nhsNumber);
    }

    /** Reception starts in the September after the fourth birthday; the UPN is issued then. */
    private static int yearStartedSchool(LocalDate dateOfBirth) {
        LocalDate fourth = dateOfBirth.plusYears(4);
        return fourth.getMonthValue() >= 9 ? fourth.getYear() + 1 : fourth.getYear();
    }

    private String ethnicity() {
        int total = ETHNICITIES.stream().mapToInt(Weighted::weight).sum();
        int roll = random.nextInt(total);
        for (Weighted weighted : ETHNICITIES) {
            roll -= weighted.weight();
            if (roll < 0) {
                return weighted.ethnicity();
            }
        }
        return "WBRI";
    }

    private Origin uascOrigin() {
        int total = UASC_ORIGINS.stream().mapToInt(Origin::weight).sum();
        int roll = random.nextInt(total);
        for (Origin origin : UASC_ORIGINS) {
            roll -= origin.weight();
            if (roll < 0) {
                return origin;
            }
        }
        return UASC_ORIGINS.get(0);
    }
}
