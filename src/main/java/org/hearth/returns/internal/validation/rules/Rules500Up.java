package org.hearth.returns.internal.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.hearth.returns.internal.validation.ReturnRule;

/**
 * The DfE rules 500 to 710, 503A-J, EPI, NoE, INT and SW, kept by subject: episodes, adoption, missing and OC2,
 * motherhood and previous permanence, Deprivation of Liberty Orders, integrity checks and social workers. Where
 * Hearth reads a rule differently from the open validator, docs/903-rules/rules-500-up.md says why.
 */
public final class Rules500Up {

    private Rules500Up() {
    }

    public static List<ReturnRule> all() {
        List<ReturnRule> rules = new ArrayList<>();
        rules.addAll(Rules500UpEpisodes.all());
        rules.addAll(Rules500UpAdoption.all());
        rules.addAll(Rules500UpMissing.all());
        rules.addAll(Rules500UpMothers.all());
        rules.addAll(Rules500UpDolo.all());
        rules.addAll(Rules500UpIntegrity.all());
        rules.addAll(Rules500UpSocialWorkers.all());
        return List.copyOf(rules);
    }
}
