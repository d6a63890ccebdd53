package org.hearth.access;

/**
 * Role rules for {@code @PreAuthorize} on controller methods, named once so every endpoint states its rule
 * explicitly and the rules read the same everywhere. The record-level rule is applied on top by
 * {@link ChildAccess}.
 */
public final class Authorisation {

    /** Everyone who works with children's records. Administrators manage users and settings but see no child. */
    public static final String CHILD_RECORD_READERS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER',"
            + "'INDEPENDENT_REVIEWING_OFFICER','HEAD_OF_SERVICE','PERFORMANCE_OFFICER')";

    /** Those who create children's records. */
    public static final String CHILD_RECORD_CREATORS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','HEAD_OF_SERVICE')";

    /** Those who change a child's details. */
    public static final String CHILD_RECORD_EDITORS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER',"
            + "'HEAD_OF_SERVICE')";

    /** Those who record episodes of care: placement moves, legal status, starting and ending care. */
    public static final String EPISODE_RECORDERS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','HEAD_OF_SERVICE')";

    /**
     * Those who record a child's statutory activity (visits, reviews, health, plans, personal adviser contacts) and
     * correct it: the workers and managers who hold the case, and the independent reviewing officers who chair
     * reviews. Performance officers read it only.
     */
    public static final String STATUTORY_ACTIVITY_RECORDERS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER',"
            + "'TEAM_MANAGER','INDEPENDENT_REVIEWING_OFFICER','HEAD_OF_SERVICE')";

    /** Those who hold a caseload, and so have a worklist of their own. */
    public static final String CASEHOLDERS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER')";

    /**
     * Those who oversee what is due across a team or the service: team managers (for their teams), heads of service
     * and performance officers.
     */
    public static final String OVERSIGHT_READERS = "hasAnyRole('TEAM_MANAGER','HEAD_OF_SERVICE','PERFORMANCE_OFFICER')";

    /**
     * Those who supervise workers and record supervision, case or one-to-one: team managers (of their own team's
     * workers) and heads of service.
     */
    public static final String SUPERVISORS = "hasAnyRole('TEAM_MANAGER','HEAD_OF_SERVICE')";

    /**
     * Those who read one-to-one supervision sessions (further limited per session to its supervisee, supervisor,
     * the team's managers and heads of service).
     */
    public static final String SUPERVISION_READERS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER',"
            + "'HEAD_OF_SERVICE')";

    /** Those who may see a child's access history (further limited per child by {@link ChildAccess}). */
    public static final String ACCESS_HISTORY_READERS = "hasAnyRole('TEAM_MANAGER','HEAD_OF_SERVICE')";

    /** Those who restrict records and grant access to them. */
    public static final String RESTRICTION_MANAGERS = "hasRole('HEAD_OF_SERVICE')";

    public static final String ADMINISTRATORS = "hasRole('ADMINISTRATOR')";

    /** Any signed-in user. */
    public static final String SIGNED_IN = "isAuthenticated()";

    /** Open to all, stated so that the endpoint still carries an explicit rule. */
    public static final String ANYONE = "permitAll()";

    /**
     * Those who write a young person's pathway plan and action plans (issue 6): social workers, personal advisers
     * (key workers), team managers and heads of service.
     */
    public static final String PLAN_WRITERS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER',"
            + "'HEAD_OF_SERVICE')";

    /** Those who sign off pathway plans and agree and monitor action plans: team managers and heads of service. */
    public static final String PLAN_APPROVERS = "hasAnyRole('TEAM_MANAGER','HEAD_OF_SERVICE')";

    /**
     * Those who record a young person's leaving care record (personal adviser, in touch, activity, accommodation,
     * Staying Put, concerns) and give RAG ratings: the workers, advisers and managers who hold the case, and heads of
     * service. Independent reviewing officers and performance officers read it only.
     */
    public static final String CARE_LEAVER_RECORDERS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER',"
            + "'HEAD_OF_SERVICE')";

    /**
     * Those who read the contacts directory of other authorities (issue 6): every practitioner who reads child
     * records, and the administrators who keep it.
     */
    public static final String CONTACTS_READERS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER',"
            + "'INDEPENDENT_REVIEWING_OFFICER','HEAD_OF_SERVICE','PERFORMANCE_OFFICER','ADMINISTRATOR')";

    /** Those who add, change, remove and import contacts in the contacts directory: administrators and managers. */
    public static final String CONTACTS_EDITORS = "hasAnyRole('ADMINISTRATOR','TEAM_MANAGER')";

    /**
     * Those who record missing episodes, return home interviews, strategy discussions and a UASC child's trafficking
     * protocol steps, age assessment and transfers (issue 7): the workers, advisers and managers who hold the case, and
     * heads of service. Independent reviewing officers and performance officers read them only.
     */
    public static final String MISSING_RECORDERS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER',"
            + "'HEAD_OF_SERVICE')";

    /** Those who produce the SSDA903 return's tables (issue 7, 8): performance officers and heads of service. */
    public static final String RETURN_PREPARERS = "hasAnyRole('PERFORMANCE_OFFICER','HEAD_OF_SERVICE')";

    /**
     * Those who complete exploitation risk screenings and record MACE referrals and outcomes (issue 7): the workers,
     * advisers and managers who hold the case, and heads of service.
     */
    public static final String EXPLOITATION_ASSESSORS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER',"
            + "'TEAM_MANAGER','HEAD_OF_SERVICE')";

    /** Those who countersign a significant exploitation risk rating: team managers and heads of service. */
    public static final String EXPLOITATION_COUNTERSIGNERS = "hasAnyRole('TEAM_MANAGER','HEAD_OF_SERVICE')";

    /**
     * Those who see the exploitation risk cohort (issue 7): managers and performance officers across what they
     * oversee, and caseholders for their own children (the record-level rule narrows each list).
     */
    public static final String EXPLOITATION_COHORT_READERS = "hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER',"
            + "'TEAM_MANAGER','HEAD_OF_SERVICE','PERFORMANCE_OFFICER')";

    /**
     * Those who check a 903 return from another system against the DfE rules without importing it (issue 8): the
     * return's preparers (performance officers, heads of service) and administrators.
     */
    public static final String RETURN_CHECKERS = "hasAnyRole('PERFORMANCE_OFFICER','HEAD_OF_SERVICE',"
            + "'ADMINISTRATOR')";

    /**
     * Importing a council's 903 return into Hearth's records (issue 8): the same people, who prepare the return or set
     * a council up.
     */
    public static final String RETURN_IMPORTERS = RETURN_CHECKERS;

    private static final java.util.regex.Pattern ROLE_NAME = java.util.regex.Pattern.compile("'([A-Z_]+)'");

    private Authorisation() {
    }

    /**
     * Whether a role rule above lets the user in: pages use it to offer only the links a user may follow, from the
     * same rule the endpoint enforces.
     */
    public static boolean allows(String rule, CurrentUser user) {
        if (rule.equals(ANYONE) || rule.equals(SIGNED_IN)) {
            return true;
        }
        java.util.regex.Matcher roles = ROLE_NAME.matcher(rule);
        while (roles.find()) {
            if (user.has(Role.valueOf(roles.group(1)))) {
                return true;
            }
        }
        return false;
    }
}
