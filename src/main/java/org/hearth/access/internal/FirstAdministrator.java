package org.hearth.access.internal;

import java.util.Set;

import org.hearth.access.NewUser;
import org.hearth.access.Role;
import org.hearth.access.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator on a database with no users, so a council starting on its own PostgreSQL can
 * sign in and create everyone else. Set {@code HEARTH_FIRST_ADMIN_USERNAME} and {@code HEARTH_FIRST_ADMIN_PASSWORD}
 * for one start; once any user exists the settings are ignored (and should be removed).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAdministration users;
    private final JdbcClient jdbc;
    private final String username;
    private final String password;

    FirstAdministrator(UserAdministration users, JdbcClient jdbc,
            @Value("${hearth.first-administrator.username:}") String username,
            @Value("${hearth.first-administrator.password:}") String password) {
        this.users = users;
        this.jdbc = jdbc;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            return;
        }
        if (jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single() > 0) {
            log.warn("Not creating a first administrator: the database already has users. Remove "
                    + "HEARTH_FIRST_ADMIN_USERNAME and HEARTH_FIRST_ADMIN_PASSWORD.");
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("HEARTH_FIRST_ADMIN_PASSWORD must be at least 12 characters");
        }
        users.create(new NewUser(username, "Administrator", null, Set.of(Role.ADMINISTRATOR), Set.of(), password));
        log.info("Created the first administrator, {}. Sign in and change nothing else here: remove "
                + "HEARTH_FIRST_ADMIN_USERNAME and HEARTH_FIRST_ADMIN_PASSWORD before the next start.", username);
    }
}
