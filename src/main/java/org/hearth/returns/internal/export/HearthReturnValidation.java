package org.hearth.returns.internal.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.CurrentUser;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.validation.Finding;
import org.hearth.returns.internal.check.DirectoryPostcodes;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.RuleSet;
import org.hearth.returns.internal.validation.ReturnUnderValidation;
import org.hearth.returns.internal.validation.ReturnValidator;
import org.hearth.returns.internal.validation.ValidationResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates Hearth's own data for a year (issue 8): exports the year and the year before (so that the rules reading
 * last year's return run too) for the children the user may see, and runs the year's rules over them. Each finding
 * names the child's record in Hearth. Re-validating after a fix simply runs again: nothing is kept.
 */
@Service
public class HearthReturnValidation {

    private final HearthReturnExport export;
    private final DirectoryPostcodes postcodes;

    HearthReturnValidation(HearthReturnExport export, DirectoryPostcodes postcodes) {
        this.export = export;
        this.postcodes = postcodes;
    }

    /** A finding with the child's record in Hearth (null when the child is not one of Hearth's). */
    public record LinkedFinding(Finding finding, UUID childId) {
    }

    /** One rule's findings, children in CHILD order. */
    public record RuleFindings(String code, String message, List<LinkedFinding> findings) {

        public long children() {
            return findings.stream().map(f -> f.finding().child()).distinct().count();
        }
    }

    /**
     * @param leftOut children who belong in the year's return but whose restricted records the user is not named on
     */
    public record Outcome(CollectionYear year, int children, List<RuleFindings> rules, int rulesRun,
            List<ValidationResult.RuleNotRun> rulesNotRun, int leftOut) {

        public int findings() {
            return rules.stream().mapToInt(r -> r.findings().size()).sum();
        }
    }

    @Transactional
    public Outcome validate(CurrentUser user, CollectionYear year) {
        return validate(user, year, RuleSet.forYear(year));
    }

    /** With the rules given: for tests of the wiring whatever rules the set holds. */
    @Transactional
    public Outcome validate(CurrentUser user, CollectionYear year, List<ReturnRule> ruleList) {
        HearthReturnExport.Exported current = export.export(user, year, "903 validation " + year.label());
        HearthReturnExport.Exported previous = export.export(user, year.previous(), "903 validation "
                + year.label() + " (last year's return)");
        // the placement fields derived from the postcode directory, as for an uploaded return (docs/903.md 1.3)
        ValidationResult result = ReturnValidator.validate(ReturnUnderValidation.derived(year, current.data(),
                previous.data(), postcodes, postcodes.councilAuthority()), ruleList);
        Map<String, List<LinkedFinding>> byRule = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byRule.computeIfAbsent(f.ruleCode(), k -> new ArrayList<>())
                    .add(new LinkedFinding(f, f.child() == null ? null : current.childIds().get(f.child())));
        }
        List<RuleFindings> rules = new ArrayList<>();
        byRule.forEach((code, found) -> {
            found.sort(Comparator.comparing((LinkedFinding f) -> f.finding().child(),
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(f -> f.finding().row()));
            rules.add(new RuleFindings(code, found.get(0).finding().message(), List.copyOf(found)));
        });
        return new Outcome(year, current.childIds().size(), rules, result.rulesRun().size(), result.rulesNotRun(),
                current.leftOut());
    }
}
