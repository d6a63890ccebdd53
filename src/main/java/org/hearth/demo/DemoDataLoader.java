package org.hearth.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.access.UserAdministration;
import org.hearth.children.Carers;
import org.hearth.children.ChildHistory;
import org.hearth.children.ChildHistoryLoader;
import org.hearth.children.EpisodeCommandType;
import org.hearth.council.HomeCouncil;
import org.hearth.database.DatabaseMode;
import org.hearth.policy.Policies;
import org.hearth.practice.StatutoryActivities;
import org.hearth.shared.InvalidInputException;
import org.hearth.supervision.ReflectiveModel;
import org.hearth.supervision.SupervisionRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo organisation and children at start-up, before Hearth reports itself ready, when demo data is
 * enabled, Hearth runs on its own embedded database, and that database has no teams and no children yet. Never
 * touches a council's external database or one already in use.
 * <p>
 * Everything is written in one transaction: if any child were refused, nothing is left behind and the next start
 * tries again, rather than finding half an organisation and skipping.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Children per call to the loader, to keep each JDBC batch and its memory modest at stress scale. */
    private static final int BATCH_SIZE = 2_000;

    private final DemoProperties properties;
    private final DatabaseMode databaseMode;
    private final Directory directory;
    private final UserAdministration users;
    private final Carers carers;
    private final ChildHistoryLoader loader;
    private final StatutoryActivities activities;
    private final SupervisionRecords supervision;
    private final org.hearth.pathwayplans.PathwayPlans pathwayPlans;
    private final org.hearth.actionplans.ActionPlans actionPlans;
    private final Policies policies;
    private final HomeCouncil council;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final org.hearth.careleavers.CareLeaverRecords careLeavers;
    private final DemoPlaces places;
    private final org.hearth.missing.MissingRecords missing;
    private final org.hearth.exploitation.ExploitationRisks exploitationRisks;
    private final org.hearth.lifestory.LifeStoryWork lifeStoryWork;
    private final org.hearth.calendar.WorkingDays workingDays;
    private final org.hearth.permanence.PermanenceRecords permanence;

    DemoDataLoader(DemoProperties properties, DatabaseMode databaseMode, Directory directory,
            UserAdministration users, Carers carers, ChildHistoryLoader loader, StatutoryActivities activities,
            SupervisionRecords supervision, Policies policies, HomeCouncil council, Clock clock,
            PlatformTransactionManager transactionManager, org.hearth.pathwayplans.PathwayPlans pathwayPlans,
            org.hearth.actionplans.ActionPlans actionPlans, org.hearth.careleavers.CareLeaverRecords careLeavers,
            DemoPlaces places, org.hearth.missing.MissingRecords missing,
            org.hearth.exploitation.ExploitationRisks exploitationRisks,
            org.hearth.lifestory.LifeStoryWork lifeStoryWork, org.hearth.calendar.WorkingDays workingDays,
            org.hearth.permanence.PermanenceRecords permanence) {
        this.permanence = permanence;
        this.missing = missing;
        this.exploitationRisks = exploitationRisks;
        this.workingDays = workingDays;
        this.places = places;
        this.lifeStoryWork = lifeStoryWork;
        this.pathwayPlans = pathwayPlans;
        this.actionPlans = actionPlans;
        this.careLeavers = careLeavers;
        this.properties = properties;
        this.databaseMode = databaseMode;
        this.directory = directory;
        this.users = users;
        this.carers = carers;
        this.loader = loader;
        this.activities = activities;
        this.supervision = supervision;
        this.policies = policies;
        this.council = council;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            log.debug("Demo data is turned off (hearth.demo.enabled=false)");
            return;
        }
        if (!databaseMode.embedded()) {
            log.info("Not loading demo data: Hearth is connected to an external database");
            return;
        }
        if (loader.countChildren() > 0 || !directory.teams().isEmpty()) {
            log.info("Not loading demo data: the database already has teams or children");
            return;
        }
        DemoScale scale = DemoScale.fromSetting(properties.scale());
        LocalDate today = LocalDate.now(clock);
        long started = System.nanoTime();
        log.info("Loading demo data at {} scale (seed {}, as of {})", scale.name().toLowerCase(java.util.Locale.ROOT),
                properties.seed(), today);
        try {
            transaction.executeWithoutResult(status -> load(scale, today));
        } catch (InvalidInputException e) {
            // A refusal here is a bug in the generator: say exactly what the rules refused.
            throw new IllegalStateException("Demo data was refused, so none was loaded: " + e.problems(), e);
        }
        log.info("Demo data loaded in {} s", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        // after the children: their postcodes resolve once the directory is in (issue 6)
        places.load(properties.seed());
    }

    private void load(DemoScale scale, LocalDate today) {
        DemoOrganisation organisation = DemoOrganisation.create(users, carers, scale, properties.seed(),
                council.name());
        int caseholders = organisation.childrenInCareTeams().stream().mapToInt(t -> t.caseholders().size()).sum()
                + organisation.leavingCareTeams().stream().mapToInt(t -> t.caseholders().size()).sum();
        log.info("Created {} children in care teams, {} leaving care teams, {} caseholding workers, {} carers and "
                + "settings", organisation.childrenInCareTeams().size(), organisation.leavingCareTeams().size(),
                caseholders, organisation.carers().size());
        List<ChildHistory> histories = new DemoDataGenerator(properties.seed(), scale, today, organisation)
                .generate();
        DemoActivityGenerator activityGenerator = new DemoActivityGenerator(properties.seed(), today);
        long activityCount = 0;
        long activityNanos = 0;
        // supervision as the council has it set up today (the settings a fresh database starts with)
        DemoSupervisionGenerator supervisionGenerator = new DemoSupervisionGenerator(properties.seed(), today,
                ReflectiveModel.find(policies.value("supervision.reflective-model", today))
                        .orElse(ReflectiveModel.KOLB_4X4X4),
                policies.number("supervision.reflective.minimum-words", today));
        Map<UUID, UUID> managerOfTeam = new HashMap<>();
        organisation.childrenInCareTeams().forEach(t -> managerOfTeam.put(t.id(), t.managerId()));
        organisation.leavingCareTeams().forEach(t -> managerOfTeam.put(t.id(), t.managerId()));
        List<DemoSupervisionGenerator.CaseChild> caseChildren = new ArrayList<>();
        long supervisionCount = 0;
        long supervisionNanos = 0;
        DemoLeavingCareGenerator leavingCareGenerator = new DemoLeavingCareGenerator(properties.seed(), today,
                organisation);
        long leavingCareCount = 0;
        List<DemoMissingGenerator.MissingChild> missingChildren = new ArrayList<>();
        DemoPermanenceGenerator permanenceGenerator = new DemoPermanenceGenerator(properties.seed(), today);
        long permanenceCount = 0;
        for (int from = 0; from < histories.size(); from += BATCH_SIZE) {
            List<ChildHistory> batch = histories.subList(from, Math.min(from + BATCH_SIZE, histories.size()));
            List<UUID> ids = loader.load(batch, organisation.administratorId(), today);
            // each batch's activity straight after its children: memory stays at one batch's worth
            long activityStart = System.nanoTime();
            activityCount += activities.load(activityGenerator.activitiesOf(batch, ids),
                    organisation.administratorId());
            activityNanos += System.nanoTime() - activityStart;
            // and the batch's case supervision, decisions and meetings; one-to-ones need every caseload, so after
            long supervisionStart = System.nanoTime();
            List<DemoSupervisionGenerator.CaseChild> children = DemoSupervisionGenerator.caseChildren(batch, ids);
            caseChildren.addAll(children);
            supervisionCount += load(supervisionGenerator.ofChildren(children, managerOfTeam),
                    organisation.administratorId());
            supervisionNanos += System.nanoTime() - supervisionStart;
            leavingCareCount += careLeavers.load(leavingCareGenerator.of(batch, ids),
                    organisation.administratorId());
            missingChildren.addAll(DemoMissingGenerator.children(batch, ids));
            // the 903's permanence records, agreeing with the batch's care histories
            List<org.hearth.permanence.ChildPermanence> permanenceRecords = permanenceGenerator.of(batch, ids);
            permanence.replace(permanenceRecords, organisation.administratorId());
            permanenceCount += permanenceRecords.size();
            log.debug("Loaded demo children {} to {} of {}", from + 1, from + batch.size(), histories.size());
        }
        long supervisionStart = System.nanoTime();
        DemoSupervisionGenerator.Supervision oneToOnes = supervisionGenerator.oneToOnes(organisation, caseChildren);
        supervisionCount += load(oneToOnes, organisation.administratorId());
        supervisionNanos += System.nanoTime() - supervisionStart;
        log.info("Loaded {} supervision sessions, decisions and meetings ({} one-to-one sessions, {} workers newly "
                + "qualified) in {} s", supervisionCount, oneToOnes.sessions().size(),
                oneToOnes.newlyQualifiedSince().size(), Duration.ofNanos(supervisionNanos).toMillis() / 1000.0);
        log.info("Loaded {} leaving care rows (advisers, activity, accommodation, in touch, Staying Put, "
                + "concerns and ratings)", leavingCareCount);
        log.info("Loaded permanence records (previous permanence, adoption decisions and matches, Deprivation of "
                + "Liberty Orders) for {} children", permanenceCount);
        // pathway plans and action plans of the young people 16 and over: one bulk load (and one event) each
        long plansStart = System.nanoTime();
        DemoPlanGenerator.Plans plans = new DemoPlanGenerator(properties.seed(), today).ofChildren(caseChildren,
                managerOfTeam);
        int pathway = pathwayPlans.load(plans.pathwayPlans());
        int action = actionPlans.load(plans.actionPlans());
        log.info("Loaded {} pathway plans and {} action plans in {} s", pathway, action,
                Duration.ofNanos(System.nanoTime() - plansStart).toMillis() / 1000.0);
        // missing episodes of the children in care over the last year (issue 7), the strategy discussions they
        // prompted and the unaccompanied children's age assessments and transfers, to the council's settings today:
        // one bulk load (and one event)
        long missingStart = System.nanoTime();
        DemoMissingGenerator.Missing made = new DemoMissingGenerator(properties.seed(), today).all(missingChildren,
                new DemoMissingGenerator.Rules(policies.number("missing.strategy-discussion.episodes", today),
                        policies.period("missing.strategy-discussion.within", today),
                        policies.number("missing.strategy-discussion.due-within", today),
                        policies.number("uasc.nts.transfer-within", today),
                        policies.number("uasc.nts.transfer-from-hotel-within", today), workingDays.calendar()),
                council.name());
        int missingEpisodes = missing.load(made.episodes(), made.discussions(), made.ageAssessments(),
                made.transfers());
        log.info("Loaded {} missing episodes, {} strategy discussions, {} age assessments and {} national transfers "
                + "in {} s", missingEpisodes, made.discussions().size(), made.ageAssessments().size(),
                made.transfers().size(), Duration.ofNanos(System.nanoTime() - missingStart).toMillis() / 1000.0);
        // exploitation risk screenings of the children 10 and over (issue 7): one bulk load, one event
        long riskStart = System.nanoTime();
        java.util.Set<UUID> assessors = new java.util.HashSet<>();
        caseChildren.stream().map(DemoSupervisionGenerator.CaseChild::workerId)
                .filter(java.util.Objects::nonNull).forEach(assessors::add);
        int risks = exploitationRisks.load(new DemoExploitationGenerator(properties.seed(), today)
                .ofChildren(caseChildren, managerOfTeam, directory.displayNames(assessors)));
        log.info("Loaded {} exploitation risk assessments in {} s", risks,
                Duration.ofNanos(System.nanoTime() - riskStart).toMillis() / 1000.0);
        // life story work (issue 7) for some children in care, a few with a photo drawn in code; a little at stress scale
        long lifeStoryStart = System.nanoTime();
        int lifeStory = lifeStoryWork.load(new DemoLifeStoryGenerator(properties.seed(), today,
                scale == DemoScale.STRESS).ofChildren(caseChildren));
        log.info("Loaded {} pieces of life story work in {} s", lifeStory,
                Duration.ofNanos(System.nanoTime() - lifeStoryStart).toMillis() / 1000.0);
        long inCare = histories.stream().filter(DemoDataLoader::inCare).count();
        long commands = histories.stream().mapToLong(h -> h.commands().size()).sum();
        log.info("Loaded {} children in care and {} care leavers ({} episode commands, {} statutory activities in "
                + "{} s)", inCare, histories.size() - inCare, commands, activityCount,
                Duration.ofNanos(activityNanos).toMillis() / 1000.0);
    }

    private long load(DemoSupervisionGenerator.Supervision made, UUID loadedBy) {
        return supervision.load(made.sessions(), made.decisions(), made.meetings(), made.newlyQualifiedSince(),
                loadedBy);
    }

    private static boolean inCare(ChildHistory history) {
        List<?> commands = history.commands();
        return !commands.isEmpty()
                && history.commands().get(commands.size() - 1).type() != EpisodeCommandType.END_CARE;
    }
}
