package org.hearth.returns.internal.validation;

import java.util.List;
import java.util.Set;

/**
 * A rule as the DfE's list names it (resources/returns/903-rules-2026-27.csv, copied from docs/903-rules-2026-27.csv):
 * its code, the tables and fields it concerns and its message, in the DfE's wording.
 */
public record RuleDefinition(String code, String source, List<String> tables, List<String> fields, String message) {

    /** Rules that need the Ofsted provider lists (docs/903.md section 1.3): Hearth does not hold those lists. */
    public static final Set<String> NEED_OFSTED_PROVIDER_LISTS = Set.of("219", "221", "224", "227", "228", "229",
            "1008");

    /** Rules new in 2026-27 (the Deprivation of Liberty table): the 2025-26 set is the same list without them. */
    public boolean newIn2027() {
        return source.startsWith("lac2026_27");
    }

    public boolean needsOfstedProviderLists() {
        return NEED_OFSTED_PROVIDER_LISTS.contains(code);
    }

    /** Whether it reads last year's return (a table named *_last): without one it cannot run. */
    public boolean readsPreviousYear() {
        return tables.stream().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).endsWith("_last"));
    }
}
