package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.zaxxer.hikari.HikariDataSource;
import org.hearth.HearthApplication;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** On an external database with no users, one start with the documented settings creates the first administrator. */
class FirstAdministratorTest extends IntegrationTest {

    @Autowired
    HikariDataSource dataSource;

    private void startWith(String username, String password) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(HearthApplication.class)
                .run("--hearth.database.url=" + dataSource.getJdbcUrl().replaceAll("\\?.*", ""),
                        "--hearth.first-administrator.username=" + username,
                        "--hearth.first-administrator.password=" + password, "--server.port=0",
                        "--spring.jmx.enabled=false", "--hearth.oversight.recalculate-at-start-up=false",
                "--hearth.oversight.daily-recalculation=-", "--spring.main.banner-mode=off")) {
            // started and stopped: the runner has done its work
        }
    }

    @Test
    void anEmptyDatabaseGetsItsFirstAdministratorWhoCanSignIn() throws Exception {
        data.ownerJdbc().execute("TRUNCATE app_user CASCADE");
        startWith("it.admin", "a long enough password");
        assertThat(data.ownerJdbc().queryForList("SELECT role FROM user_role", String.class))
                .containsExactly("ADMINISTRATOR");
        mvc.perform(post("/login").with(csrf()).param("username", "it.admin")
                .param("password", "a long enough password")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aDatabaseWithUsersIsLeftAlone() {
        long users = data.count("app_user");
        startWith("it.admin", "a long enough password");
        assertThat(data.count("app_user")).isEqualTo(users);
    }
}
