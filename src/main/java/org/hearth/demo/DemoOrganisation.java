package org.hearth.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Role;
import org.hearth.access.TeamKind;
import org.hearth.access.UserAdministration;
import org.hearth.children.Carer;
import org.hearth.children.Carers;

/**
 * The demo council's people and places: children in care teams (North and South), leaving care teams, their workers,
 * the seven demo accounts people sign in with (password "demo"), and the register of foster households and settings.
 *
 * @param administratorId the demo administrator, recorded as the loader of the demo children
 * @param childrenInCareTeams the children in care teams; the first is North, holding demo-worker
 * @param leavingCareTeams the leaving care teams; the first holds demo-pa
 * @param carers the foster households and settings, as registered
 */
public record DemoOrganisation(UUID administratorId, List<Team> childrenInCareTeams, List<Team> leavingCareTeams,
        List<DemoCarer> carers) {

    /** The password of the seven demo accounts; every other demo account has none and cannot sign in. */
    public static final String DEMO_PASSWORD = "demo";

    /** Which half of Central Bedfordshire a children in care team covers. */
    public enum Patch {
        NORTH, SOUTH, WHOLE_COUNCIL
    }

    /**
     * @param managerId the team manager, who supervises the caseholders
     * @param caseholders the workers who hold children: social workers or personal advisers, not the manager
     * @param demoCaseholder the demo account among them (demo-worker or demo-pa), or null
     */
    public record Team(UUID id, String name, Patch patch, UUID managerId, List<UUID> caseholders,
            UUID demoCaseholder) {
    }

    /** Where the organisation is written: the access and children modules in the application, ids in a check. */
    interface Writer {
        UUID createTeam(String name, TeamKind kind);

        UUID createUser(String username, String displayName, Set<Role> roles, Set<UUID> teamIds, String password);

        void registerCarer(Carer carer);
    }

    /**
     * Creates the teams, accounts and carers. Call inside one transaction so that a failure leaves nothing behind.
     *
     * @param councilName the council the demo runs as, named as the provider of its own carers and homes
     */
    public static DemoOrganisation create(UserAdministration users, Carers carers, DemoScale scale, long seed,
            String councilName) {
        return create(new Writer() {
            @Override
            public UUID createTeam(String name, TeamKind kind) {
                return users.createTeam(name, kind);
            }

            @Override
            public UUID createUser(String username, String displayName, Set<Role> roles, Set<UUID> teamIds,
                    String password) {
                return users.createUser(username, displayName, roles, teamIds, password);
            }

            @Override
            public void registerCarer(Carer carer) {
                carers.register(carer);
            }
        }, scale, seed, DemoPostcodes.load(), councilName);
    }

    static DemoOrganisation create(Writer writer, DemoScale scale, long seed, DemoPostcodes postcodes,
            String councilName) {
        return new Builder(writer, seed).build(scale, postcodes, councilName);
    }

    /** Creates everything in a fixed order, naming the non-demo staff from a seeded random. */
    private static final class Builder {

        private final Writer writer;
        private final long seed;
        private final Random random;
        /** Membership only, so that no two staff share a name. */
        private final Set<String> staffNames = new HashSet<>(Set.of("Jordan Ellis", "Priya Shah", "Claire Donnelly",
                "Marcus Reid", "Helen Okoro", "Tom Gallagher", "Sam Whitfield"));

        Builder(Writer writer, long seed) {
            this.writer = writer;
            this.seed = seed;
            this.random = new Random(seed ^ 0x2545F4914F6CDD1DL);
        }

        DemoOrganisation build(DemoScale scale, DemoPostcodes postcodes, String councilName) {
            List<Team> childrenInCare = new ArrayList<>();
            for (int i = 0; i < scale.childrenInCareTeams(); i++) {
                childrenInCare.add(childrenInCareTeam(i, scale.socialWorkersPerTeam()));
            }
            List<Team> leavingCare = new ArrayList<>();
            for (int i = 0; i < scale.leavingCareTeams(); i++) {
                leavingCare.add(leavingCareTeam(i, scale.personalAdvisersPerTeam()));
            }
            writer.createUser("demo-iro", "Marcus Reid", Set.of(Role.INDEPENDENT_REVIEWING_OFFICER), Set.of(),
                    DEMO_PASSWORD);
            writer.createUser("demo-head", "Helen Okoro", Set.of(Role.HEAD_OF_SERVICE), Set.of(), DEMO_PASSWORD);
            writer.createUser("demo-performance", "Tom Gallagher", Set.of(Role.PERFORMANCE_OFFICER), Set.of(),
                    DEMO_PASSWORD);
            UUID administrator = writer.createUser("demo-admin", "Sam Whitfield", Set.of(Role.ADMINISTRATOR),
                    Set.of(), DEMO_PASSWORD);
            List<DemoCarer> carers = DemoCarerRegister.plan(scale, seed, postcodes, councilName);
            for (DemoCarer carer : carers) {
                writer.registerCarer(carer.carer());
            }
            return new DemoOrganisation(administrator, List.copyOf(childrenInCare), List.copyOf(leavingCare),
                    carers);
        }

        /** Teams alternate North, South, North 2, South 2...; the first North team holds the demo accounts. */
        private Team childrenInCareTeam(int index, int socialWorkers) {
            Patch patch = index % 2 == 0 ? Patch.NORTH : Patch.SOUTH;
            int number = index / 2 + 1;
            String area = patch == Patch.NORTH ? "North" : "South";
            String name = "Children in Care Team " + area + (number > 1 ? " " + number : "");
            String slug = area.toLowerCase(java.util.Locale.ROOT) + (number > 1 ? number : "");
            UUID team = writer.createTeam(name, TeamKind.CHILDREN_IN_CARE);
            List<UUID> caseholders = new ArrayList<>();
            UUID demoWorker = null;
            UUID manager;
            if (index == 0) {
                manager = writer.createUser("demo-manager", "Claire Donnelly", Set.of(Role.TEAM_MANAGER), Set.of(team),
                        DEMO_PASSWORD);
                demoWorker = writer.createUser("demo-worker", "Jordan Ellis", Set.of(Role.SOCIAL_WORKER),
                        Set.of(team), DEMO_PASSWORD);
                caseholders.add(demoWorker);
            } else {
                manager = writer.createUser("tm." + slug, staffName(), Set.of(Role.TEAM_MANAGER), Set.of(team), null);
            }
            for (int n = 1; n <= socialWorkers; n++) {
                caseholders.add(writer.createUser("sw." + slug + "." + n, staffName(), Set.of(Role.SOCIAL_WORKER),
                        Set.of(team), null));
            }
            return new Team(team, name, patch, manager, List.copyOf(caseholders), demoWorker);
        }

        private Team leavingCareTeam(int index, int personalAdvisers) {
            String name = "Leaving Care Team" + (index > 0 ? " " + (index + 1) : "");
            String prefix = index == 0 ? "pa." : "pa.lc" + (index + 1) + ".";
            UUID team = writer.createTeam(name, TeamKind.LEAVING_CARE);
            UUID manager = writer.createUser(index == 0 ? "tm.leaving-care" : "tm.leaving-care" + (index + 1), staffName(),
                    Set.of(Role.TEAM_MANAGER), Set.of(team), null);
            List<UUID> caseholders = new ArrayList<>();
            UUID demoAdviser = null;
            if (index == 0) {
                demoAdviser = writer.createUser("demo-pa", "Priya Shah", Set.of(Role.PERSONAL_ADVISER), Set.of(team),
                        DEMO_PASSWORD);
                caseholders.add(demoAdviser);
            }
            for (int n = 1; n <= personalAdvisers; n++) {
                caseholders.add(writer.createUser(prefix + n, staffName(), Set.of(Role.PERSONAL_ADVISER),
                        Set.of(team), null));
            }
            return new Team(team, name, Patch.WHOLE_COUNCIL, manager, List.copyOf(caseholders), demoAdviser);
        }

        /** A made-up name no other member of staff has; the demo accounts' names are kept out too. */
        private String staffName() {
            for (int attempt = 0; attempt < 50; attempt++) {
                String name = SyntheticNames.adultName(random);
                if (staffNames.add(name)) {
                    return name;
                }
            }
            // Thousands of STRESS staff outrun the combinations: a middle initial keeps names apart.
            while (true) {
                String name = SyntheticNames.adultFirstName(random) + " " + (char) ('A' + random.nextInt(26)) + ". "
                        + SyntheticNames.adultSurname(random);
                if (staffNames.add(name)) {
                    return name;
                }
            }
        }
    }
}
