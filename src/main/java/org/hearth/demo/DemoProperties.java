package org.hearth.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data settings.
 *
 * @param enabled whether to load demo data into an empty embedded database at start-up
 * @param scale "demo" (about 700 children and young people) or "stress" (about 30,000)
 * @param seed the random seed: the same seed, scale and day give the same data
 */
@ConfigurationProperties("hearth.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("demo") String scale,
        @DefaultValue("20261126") long seed) {
}
