package org.hearth.oversight.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly recalculation of due items runs on Spring's scheduler. */
@Configuration
@EnableScheduling
class OversightConfiguration {
}
