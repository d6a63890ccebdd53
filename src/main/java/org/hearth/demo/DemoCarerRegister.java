package org.hearth.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.hearth.children.ApprovalType;
import org.hearth.children.Carer;
import org.hearth.children.CarerKind;
import org.hearth.demo.DemoCarer.Provision;

/**
 * Plans the demo register of foster households and settings. Ids are derived from the seed, so the same seed gives
 * the same register; every agency, provider and setting name is invented.
 */
final class DemoCarerRegister {

    /** An invented fostering agency or provider and the 903 PLACE_PROVIDER its placements carry. */
    private record Provider(String name, String placementProvider) {
    }

    private static final List<Provider> FOSTERING_AGENCIES = List.of(new Provider("Hartwell Fostering Ltd", "PR4"),
            new Provider("Willowbank Family Placements", "PR4"), new Provider("Northgate Foster Care", "PR4"),
            new Provider("Meadowlark Fostering", "PR4"), new Provider("Open Door Fostering Trust", "PR5"),
            new Provider("Kinfield Foster Families", "PR5"));

    private static final List<Provider> HOME_PROVIDERS = List.of(
            new Provider("Kestrel Children's Services Ltd", "PR4"), new Provider("Harbourlight Care Ltd", "PR4"),
            new Provider("Brightwater Homes for Children", "PR4"),
            new Provider("Meridian Young People's Services", "PR4"),
            new Provider("Stepping Stones Children's Trust", "PR5"), new Provider("Larkspur Care Group", "PR4"));

    private static final List<Provider> SUPPORTED_ACCOMMODATION_PROVIDERS = List.of(
            new Provider("Pathway Housing Trust", "PR5"), new Provider("Foundry Supported Living Ltd", "PR4"),
            new Provider("Ridgeway Young People's Housing", "PR5"), new Provider("Keystone Lodgings Ltd", "PR4"));

    private static final List<Provider> SCHOOL_PROVIDERS = List.of(
            new Provider("Greenacre Education Trust", "PR5"), new Provider("Fernleigh Schools Ltd", "PR4"));

    private static final List<Provider> CARE_HOME_PROVIDERS = List.of(new Provider("Cedarwood Care Ltd", "PR4"));

    private static final List<String> PLACE_NAMES = List.of("Oak", "Willow", "Beech", "Elm", "Rowan", "Hazel",
            "Ash", "Larch", "Cedar", "Birch", "Holly", "Maple", "Linden", "Alder", "Juniper", "Hawthorn", "Laurel",
            "Aspen", "Chestnut", "Sycamore");
    private static final List<String> HOME_SUFFIXES = List.of("House", "Lodge", "View", "Court", "Cottage",
            "Grange");

    private final Random random;
    private final long seed;
    private final DemoPostcodes postcodes;
    private final SyntheticIdentifiers identifiers;
    private final String councilName;
    private int issued;

    private DemoCarerRegister(long seed, DemoPostcodes postcodes, String councilName) {
        this.seed = seed;
        // Its own stream, so that the register does not shift when the children's generation changes.
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.postcodes = postcodes;
        this.identifiers = new SyntheticIdentifiers(random);
        this.councilName = councilName;
    }

    /**
     * @param councilName the council the demo runs as, named as the provider of its own foster carers and homes
     * @return the foster households first, then the settings, in a fixed order
     */
    static List<DemoCarer> plan(DemoScale scale, long seed, DemoPostcodes postcodes, String councilName) {
        return new DemoCarerRegister(seed, postcodes, councilName).plan(scale);
    }

    private List<DemoCarer> plan(DemoScale scale) {
        List<DemoCarer> carers = new ArrayList<>();
        // The council's fostering service is one Ofsted-registered agency: its households share its URN (903 218).
        String councilFosteringUrn = identifiers.ofstedSocialCareUrn();
        List<String> agencyUrns = new ArrayList<>();
        for (int i = 0; i < FOSTERING_AGENCIES.size(); i++) {
            agencyUrns.add(i % 2 == 0 ? identifiers.ofstedSocialCareUrn() : identifiers.ofstedSevenDigitUrn());
        }
        int households = scale.fosterHouseholds();
        for (int i = 0; i < households; i++) {
            int roll = random.nextInt(100);
            if (roll < 30) {
                carers.add(household(Provision.CONNECTED_PERSONS, ApprovalType.CONNECTED_PERSON, councilFosteringUrn,
                        councilName + " fostering service", "PR1", postcodes.pick(random, 70, 15, 10)));
            } else if (roll < 72) {
                carers.add(household(Provision.COUNCIL_FOSTER_CARERS, ApprovalType.MAINSTREAM, councilFosteringUrn,
                        councilName + " fostering service", "PR1", postcodes.pick(random, 85, 5, 10)));
            } else {
                int agency = random.nextInt(FOSTERING_AGENCIES.size());
                Provider provider = FOSTERING_AGENCIES.get(agency);
                carers.add(household(Provision.AGENCY_FOSTER_CARERS, ApprovalType.AGENCY, agencyUrns.get(agency),
                        provider.name(), provider.placementProvider(), postcodes.pick(random, 45, 15, 15)));
            }
        }
        int settings = scale.settings();
        int homes = settings * 60 / 100;
        int supported = settings * 30 / 100;
        int schools = Math.max(1, settings * 7 / 100);
        int careHomes = Math.max(1, settings - homes - supported - schools);
        for (int i = 0; i < homes; i++) {
            boolean councilRun = random.nextInt(4) == 0;
            Provider provider = councilRun ? new Provider(councilName, "PR1") : pick(HOME_PROVIDERS);
            carers.add(setting(Provision.CHILDRENS_HOME, placeName() + " " + pick(HOME_SUFFIXES), provider,
                    identifiers.ofstedSocialCareUrn(), councilRun ? postcodes.centralBedfordshire(random)
                            : postcodes.pick(random, 35, 8, 7)));
        }
        for (int i = 0; i < supported; i++) {
            // Supported accommodation has registered with Ofsted only since 2023, so it has the newer URNs.
            carers.add(setting(Provision.SUPPORTED_ACCOMMODATION, placeName() + " Supported Living",
                    pick(SUPPORTED_ACCOMMODATION_PROVIDERS), identifiers.ofstedSevenDigitUrn(),
                    postcodes.pick(random, 60, 15, 15)));
        }
        for (int i = 0; i < schools; i++) {
            carers.add(setting(Provision.RESIDENTIAL_SCHOOL, placeName() + " School", pick(SCHOOL_PROVIDERS),
                    identifiers.ofstedSocialCareUrn(), postcodes.pick(random, 10, 0, 10)));
        }
        for (int i = 0; i < careHomes; i++) {
            // CQC registered, so no Ofsted URN: 903 rule 222 forbids one for R1 placements.
            carers.add(setting(Provision.RESIDENTIAL_CARE_HOME, placeName() + " Care Home",
                    pick(CARE_HOME_PROVIDERS), null, postcodes.pick(random, 30, 0, 20)));
        }
        return List.copyOf(carers);
    }

    private DemoCarer household(Provision provision, ApprovalType approval, String urn, String providerName,
            String placementProvider, String postcode) {
        String surname = SyntheticNames.adultSurname(random);
        String name = random.nextInt(10) < 3 ? SyntheticNames.adultFirstName(random) + " " + surname
                : SyntheticNames.adultFirstName(random) + " and " + SyntheticNames.adultFirstName(random) + " "
                        + surname;
        Carer carer = new Carer(nextId(), CarerKind.FOSTER_HOUSEHOLD, name, approval, urn, providerName, postcode);
        return new DemoCarer(carer, provision, placementProvider);
    }

    private DemoCarer setting(Provision provision, String name, Provider provider, String urn, String postcode) {
        Carer carer = new Carer(nextId(), CarerKind.SETTING, name, null, urn, provider.name(), postcode);
        return new DemoCarer(carer, provision, provider.placementProvider());
    }

    private UUID nextId() {
        return UUID.nameUUIDFromBytes(("hearth-demo-carer/" + seed + "/" + issued++)
                .getBytes(StandardCharsets.UTF_8));
    }

    private String placeName() {
        return pick(PLACE_NAMES);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
