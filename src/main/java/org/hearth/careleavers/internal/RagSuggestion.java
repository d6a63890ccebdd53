package org.hearth.careleavers.internal;

import java.util.List;

import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.Rating;

/** The rating the local rules suggest for one domain, and the rules that fired (none: green). */
public record RagSuggestion(RagDomain domain, Rating rating, List<FiredRule> fired) {

    /**
     * One rule that fired.
     *
     * @param rule the rule's name (the last part of its wording key)
     * @param wording the local wording, as in the policy store
     * @param facts what in the record made it fire, e.g. "G5 since 1 May 2026"
     */
    public record FiredRule(String rule, Rating rating, String wording, String facts) {

        public String text() {
            return wording + (facts == null || facts.isBlank() ? "" : " (" + facts + ")");
        }
    }

    /** The fired rules' wording, one a line, as stored with a rating. */
    public String firedText() {
        return fired.isEmpty() ? "No rule raised a concern"
                : String.join("\n", fired.stream().map(FiredRule::text).toList());
    }
}
