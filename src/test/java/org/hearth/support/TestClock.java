package org.hearth.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Tests run on a fixed day, so date rules ("not in the future", ages) give the same answers every run. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(TODAY.atTime(10, 0).atZone(LONDON).toInstant(), LONDON);
    }
}
