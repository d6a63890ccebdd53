package org.hearth.policy;

/**
 * A setting Hearth knows about: its key (a stable contract), what it means, its type and bounds, and the default
 * shipped with Hearth, with the rule the default comes from.
 *
 * @param key stable name, e.g. {@code timescale.visit.first-year-interval}
 * @param title what it is, in words
 * @param type how the value is typed and checked
 * @param defaultValue Hearth's default, as text in the type's format
 * @param source where the default comes from (regulation, guidance, or "local")
 * @param minimum smallest allowed number (days for periods), or null
 * @param maximum largest allowed number (days for periods), or null
 */
public record PolicyDefinition(String key, String title, PolicyType type, String defaultValue, String source,
        Integer minimum, Integer maximum) {
}
