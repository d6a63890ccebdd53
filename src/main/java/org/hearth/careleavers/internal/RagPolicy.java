package org.hearth.careleavers.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.hearth.policy.Policies;

/**
 * The local RAG rules' thresholds and wording in force on a date, from the policy store (keys
 * {@code care-leavers.rag.*}). No national RAG scheme exists (../shared/docs/domain.md, care leaver codes): the
 * defaults follow issue 6 (NEET over 3 months red, unsuitable accommodation red, not in touch red).
 */
public record RagPolicy(Period neetRedAfter, Period noContactAmberAfter, Set<Character> redAccommodationTypes,
        java.util.Map<String, String> wording) {

    public static final String PREFIX = "care-leavers.rag.";
    public static final String NEET_RED_AFTER = PREFIX + "neet-red-after";
    public static final String NO_CONTACT_AMBER_AFTER = PREFIX + "no-contact-amber-after";
    public static final String RED_ACCOMMODATION_TYPES = PREFIX + "red-accommodation-types";

    /** The rules, by the last part of their wording key. */
    public static final java.util.List<String> RULES = java.util.List.of("not-in-touch", "neet-long", "neet-recent",
            "activity-unknown", "accommodation-red-type", "accommodation-unsuitable", "accommodation-unknown",
            "serious-concern", "some-concern", "no-recent-contact");

    public static String wordingKey(String rule) {
        return PREFIX + "wording." + rule;
    }

    public static RagPolicy on(Policies policies, LocalDate date) {
        java.util.Map<String, String> wording = new java.util.HashMap<>();
        RULES.forEach(rule -> wording.put(rule, policies.value(wordingKey(rule), date)));
        Set<Character> red = Arrays.stream(policies.value(RED_ACCOMMODATION_TYPES, date).split("[,\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> Character.toUpperCase(s.charAt(0)))
                .collect(Collectors.toSet());
        return new RagPolicy(policies.period(NEET_RED_AFTER, date), policies.period(NO_CONTACT_AMBER_AFTER, date),
                red, wording);
    }

    public String wording(String rule) {
        return wording.getOrDefault(rule, rule);
    }
}
