package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Pages offer a link only where the endpoint's own rule would let the user in. */
class AuthorisationTest {

    private static CurrentUser a(Role... roles) {
        return new CurrentUser(UUID.randomUUID(), "someone", "Someone", Set.of(roles), Set.of());
    }

    @Test
    void readsTheRolesOutOfTheSameRuleTheEndpointEnforces() {
        assertThat(Authorisation.allows(Authorisation.EPISODE_RECORDERS, a(Role.SOCIAL_WORKER))).isTrue();
        assertThat(Authorisation.allows(Authorisation.EPISODE_RECORDERS, a(Role.PERFORMANCE_OFFICER))).isFalse();
        assertThat(Authorisation.allows(Authorisation.RESTRICTION_MANAGERS, a(Role.HEAD_OF_SERVICE))).isTrue();
        assertThat(Authorisation.allows(Authorisation.RESTRICTION_MANAGERS, a(Role.TEAM_MANAGER))).isFalse();
        assertThat(Authorisation.allows(Authorisation.CHILD_RECORD_READERS, a(Role.ADMINISTRATOR))).isFalse();
        assertThat(Authorisation.allows(Authorisation.CHILD_RECORD_READERS,
                a(Role.ADMINISTRATOR, Role.INDEPENDENT_REVIEWING_OFFICER))).isTrue();
        assertThat(Authorisation.allows(Authorisation.SIGNED_IN, a(Role.ADMINISTRATOR))).isTrue();
    }
}
