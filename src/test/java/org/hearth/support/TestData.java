package org.hearth.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.hearth.access.CurrentUser;
import org.hearth.access.Role;
import org.hearth.access.TeamKind;
import org.hearth.access.UserAdministration;
import org.hearth.access.internal.HearthUserDetails;
import org.hearth.access.internal.HearthUserDetailsService;
import org.hearth.children.ApprovalType;
import org.hearth.children.Carer;
import org.hearth.children.CarerKind;
import org.hearth.children.Carers;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.children.NewChild;
import org.hearth.children.internal.ChildService;
import org.hearth.children.internal.EpisodeService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data through Hearth's own services, with builders that default everything a test does not care about.
 * Two children-in-care teams and a leaving care team exist after {@link #reset()}, with one user per role.
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "correct horse battery staple";
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(100000);

    private final JdbcTemplate owner;
    private final UserAdministration users;
    private final HearthUserDetailsService userDetails;
    private final ChildService children;
    private final EpisodeService episodes;
    private final Carers carers;
    private final org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    private final org.hearth.children.internal.CaseloadCounts caseloadCounts;
    private final org.hearth.calendar.WorkingDays workingDays;
    private final org.hearth.policy.Policies policies;
    private final org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor listenerExecutor;
    private String passwordHash;
    @org.springframework.beans.factory.annotation.Autowired
    private org.hearth.careleavers.internal.CohortCounts cohortCounts;
    @org.springframework.beans.factory.annotation.Autowired
    private org.hearth.exploitation.internal.RiskCohortCounts riskCohortCounts;
    @org.springframework.beans.factory.annotation.Autowired
    private org.hearth.places.PlacesImports placesImports;

    public UUID northTeam;
    public UUID southTeam;
    public UUID leavingCareTeam;
    public UUID worker;
    public UUID otherWorker;
    public UUID personalAdviser;
    public UUID manager;
    public UUID southManager;
    public UUID iro;
    public UUID head;
    public UUID performance;
    public UUID admin;
    public UUID fosterHousehold;
    public UUID otherFosterHousehold;
    public UUID childrensHome;

    TestData(@Qualifier("migrationDataSource") DataSource ownerDataSource, UserAdministration users,
            HearthUserDetailsService userDetails, ChildService children, EpisodeService episodes, Carers carers,
            org.springframework.security.crypto.password.PasswordEncoder passwordEncoder,
            org.hearth.children.internal.CaseloadCounts caseloadCounts, org.hearth.calendar.WorkingDays workingDays,
            @Qualifier("applicationTaskExecutor")
            org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor listenerExecutor,
            org.hearth.policy.Policies policies) {
        this.policies = policies;
        this.listenerExecutor = listenerExecutor;
        this.passwordEncoder = passwordEncoder;
        this.caseloadCounts = caseloadCounts;
        this.workingDays = workingDays;
        this.owner = new JdbcTemplate(ownerDataSource);
        this.users = users;
        this.userDetails = userDetails;
        this.children = children;
        this.episodes = episodes;
        this.carers = carers;
    }

    /** Empties every table but the migrated reference data, then creates the standard teams, users and carers. */
    public void reset() {
        List<String> tables = owner.queryForList("""
                SELECT tablename FROM pg_tables WHERE schemaname = 'public'
                AND tablename NOT IN ('flyway_schema_history', 'code_list_entry', 'bank_holiday',
                                      'bank_holiday_coverage')""", String.class);
        truncate(tables);
        // reference data shipped by migrations stays; tests import bank holidays only for years after 2027
        owner.update("DELETE FROM bank_holiday WHERE holiday_date >= DATE '2028-01-01'");
        owner.update("DELETE FROM bank_holiday_coverage WHERE calendar_year >= 2028");
        workingDays.forget();
        caseloadCounts.forgetAll();
        cohortCounts.forgetAll();
        riskCohortCounts.forgetAll();
        policies.forgetCachedVersions();
        placesImports.forgetCachedDirectory();
        northTeam = users.createTeam("Children in Care North", TeamKind.CHILDREN_IN_CARE);
        southTeam = users.createTeam("Children in Care South", TeamKind.CHILDREN_IN_CARE);
        leavingCareTeam = users.createTeam("Leaving Care", TeamKind.LEAVING_CARE);
        worker = user("worker", Role.SOCIAL_WORKER, northTeam);
        otherWorker = user("south-worker", Role.SOCIAL_WORKER, southTeam);
        personalAdviser = user("adviser", Role.PERSONAL_ADVISER, leavingCareTeam);
        manager = user("manager", Role.TEAM_MANAGER, northTeam);
        southManager = user("south-manager", Role.TEAM_MANAGER, southTeam);
        iro = user("iro", Role.INDEPENDENT_REVIEWING_OFFICER, null);
        head = user("head", Role.HEAD_OF_SERVICE, null);
        performance = user("performance", Role.PERFORMANCE_OFFICER, null);
        admin = user("admin", Role.ADMINISTRATOR, null);
        fosterHousehold = carers.register(new Carer(null, CarerKind.FOSTER_HOUSEHOLD, "Mr and Mrs Okafor",
                ApprovalType.MAINSTREAM, null, "Central Bedfordshire Council", "LU5 4QQ"));
        otherFosterHousehold = carers.register(new Carer(null, CarerKind.FOSTER_HOUSEHOLD, "Ms Hughes",
                ApprovalType.AGENCY, "1234567", "Brighter Futures Fostering", "MK45 2DD"));
        childrensHome = carers.register(new Carer(null, CarerKind.SETTING, "Oak House", null, "SC123456",
                "Oak Care Ltd", "SG18 8QB"));
    }

    /**
     * Empties the tables once the listeners of the last test's events have finished: a listener still writing (due
     * items, chronology entries) would deadlock with TRUNCATE. A deadlock that slips through is retried.
     */
    private void truncate(List<String> tables) {
        waitForEventListeners();
        for (int attempt = 1; ; attempt++) {
            try {
                owner.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                waitForEventListeners();
            }
        }
    }

    private void waitForEventListeners() {
        long giveUpAt = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        var executor = listenerExecutor.getThreadPoolExecutor();
        while ((executor.getActiveCount() > 0 || !executor.getQueue().isEmpty()) && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Creates a user who signs in with {@link #PASSWORD}. */
    public UUID user(String username, Role role, UUID team) {
        UUID id = users.createUser(username, displayName(username), Set.of(role),
                team == null ? Set.of() : Set.of(team), null);
        // the adaptive hash is slow by design: hash the shared test password once per run, not once per user
        owner.update("UPDATE app_user SET password_hash = ? WHERE id = ?", passwordHash(), id);
        return id;
    }

    private String passwordHash() {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        return passwordHash;
    }

    private static String displayName(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1).replace('-', ' ');
    }

    /** As an administrator would: disables the account (ending its sessions). */
    public void disable(UUID userId) {
        users.change(currentUser(admin), userId, null, new org.hearth.access.UserChange(null, null, false, null, null));
    }

    public void changeRoles(UUID userId, Role... roles) {
        users.change(currentUser(admin), userId, null,
                new org.hearth.access.UserChange(null, null, null, Set.of(roles), null));
    }

    public CurrentUser currentUser(UUID userId) {
        return details(userId).currentUser();
    }

    public HearthUserDetails details(UUID userId) {
        String username = owner.queryForObject("SELECT username FROM app_user WHERE id = ?", String.class, userId);
        return (HearthUserDetails) userDetails.loadUserByUsername(username);
    }

    /** Signs the MockMvc request in as this user. */
    public RequestPostProcessor as(UUID userId) {
        return SecurityMockMvcRequestPostProcessors.user(details(userId));
    }

    public ChildBuilder aChild() {
        return new ChildBuilder();
    }

    public UUID startCare(UUID childId, LocalDate date) {
        record(childId, new EpisodeCommand(EpisodeCommandType.START_CARE, date, "C1", "N1", "U6", "PR1",
                fosterHousehold, null, null, null, null));
        return childId;
    }

    public void record(UUID childId, EpisodeCommand command) {
        episodes.record(currentUser(head), childId, command, null);
    }

    public long count(String table) {
        return owner.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    public JdbcTemplate ownerJdbc() {
        return owner;
    }

    /**
     * Imports the places samples (src/test/resources/places): about 230 postcodes in Central Bedfordshire, Luton,
     * Bedford, Hertfordshire (E07 districts), Camden, Westminster, Birmingham, Cardiff, Scotland, Cumberland, Guernsey
     * and the Isle of Man, and the LTLA->UTLA lookup rows for them. LU5 4QQ (every test child's postcode) is in
     * Central Bedfordshire; B1 1SY in Birmingham; CF3 5QR in Cardiff.
     */
    public void postcodeSample() {
        try (var lookup = getClass().getResourceAsStream("/places/ltla-to-utla-sample.csv");
                var postcodes = getClass().getResourceAsStream("/places/onspd-sample.csv")) {
            placesImports.importAuthorityLookup(null, lookup, "ltla-to-utla-sample.csv");
            placesImports.importPostcodeDirectory(null, postcodes, "onspd-sample.csv");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A child with sensible defaults, in the North team, allocated to {@link #worker}. */
    public final class ChildBuilder {
        private String localChildId = "C" + SEQUENCE.incrementAndGet();
        private String firstName = "Amara";
        private String lastName = "Okonkwo";
        private LocalDate dateOfBirth = LocalDate.of(2014, 3, 14);
        private UUID team = northTeam;
        private UUID allocated = worker;
        private boolean uasc;
        private String upn = "A123456789012";
        private String nhsNumber = "9434765919";
        private String sex = "F";
        private Boolean mother;
        private LocalDate firstChildBornOn;

        public ChildBuilder localChildId(String value) { localChildId = value; return this; }
        public ChildBuilder named(String first, String last) { firstName = first; lastName = last; return this; }
        public ChildBuilder born(LocalDate value) { dateOfBirth = value; return this; }
        public ChildBuilder inTeam(UUID value) { team = value; return this; }
        public ChildBuilder allocatedTo(UUID value) { allocated = value; return this; }
        public ChildBuilder uasc() { uasc = true; upn = "UN2"; return this; }
        public ChildBuilder upn(String value) { upn = value; return this; }
        public ChildBuilder nhsNumber(String value) { nhsNumber = value; return this; }
        public ChildBuilder sex(String value) { sex = value; return this; }
        public ChildBuilder mother(Boolean value, LocalDate firstChild) {
            mother = value;
            firstChildBornOn = firstChild;
            return this;
        }

        public NewChild build() {
            return new NewChild(localChildId, firstName, null, lastName, null, dateOfBirth, sex, "BAFR", upn, nhsNumber,
                    uasc, null, "LU5 4QQ", "LU5 4QQ", team, allocated, mother, firstChildBornOn);
        }

        /** Creates the child as the head of service would. */
        public UUID create() {
            return children.create(currentUser(head), build());
        }
    }
}
