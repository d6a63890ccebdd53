package org.hearth.access;

import java.sql.Types;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Which children a user may see, in a form a query can filter by: all children, or those of some teams or
 * allocated to the user; restricted records only where the user is named.
 *
 * @param all sees every unrestricted child
 * @param teamIds sees children of these teams
 * @param workerId sees children allocated to this user
 * @param namedOnRestricted restricted children the user is named on
 */
public record ChildVisibility(boolean all, Set<UUID> teamIds, UUID workerId, Set<UUID> namedOnRestricted) {

    public static ChildVisibility none(Set<UUID> namedOnRestricted) {
        return new ChildVisibility(false, Set.of(), null, namedOnRestricted);
    }

    /**
     * The rule as a SQL condition on a read model kept per child (alias {@code c}, with columns child_id, team_id,
     * worker_id and restricted), bound with {@link #sqlParameters()}: the cohorts filter by it in the query.
     */
    public static final String READ_MODEL_CONDITION = """
            ((NOT c.restricted AND (:all OR c.team_id = ANY(:teams) OR c.worker_id = :worker))
             OR (c.restricted AND c.child_id = ANY(:named)))""";

    /** The parameters of {@link #READ_MODEL_CONDITION}; the worker typed so that an absent one binds as null. */
    public Map<String, Object> sqlParameters() {
        return Map.of("all", all, "teams", teamIds.toArray(UUID[]::new), "worker",
                new SqlParameterValue(Types.OTHER, workerId), "named", namedOnRestricted.toArray(UUID[]::new));
    }

    public boolean seesNothing() {
        return !all && teamIds.isEmpty() && workerId == null && namedOnRestricted.isEmpty();
    }
}
