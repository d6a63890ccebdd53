package org.hearth.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of every test that needs Hearth running: one Spring context and one embedded PostgreSQL for the whole run
 * (every subclass shares this exact configuration, so Spring's context cache reuses it), migrated once, with the data
 * emptied before each test. The clock is fixed at {@link TestClock#TODAY}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "hearth.database.embedded.data-directory=target/test-postgres",
    "hearth.database.embedded.clean-on-start=true",
    "hearth.demo.enabled=false",
    // tests recalculate due items themselves; a run at start-up or at night would race the tables being emptied
    "hearth.oversight.recalculate-at-start-up=false",
    "hearth.oversight.daily-recalculation=-",
    "logging.level.org.hearth.access.internal.DeniedRequestLogger=ERROR"
})
@AutoConfigureMockMvc
@Import({TestClock.class, TestData.class})
public abstract class IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected TestData data;

    @BeforeEach
    void emptyDatabase() {
        data.reset();
    }
}
