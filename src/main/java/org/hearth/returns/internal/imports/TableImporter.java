package org.hearth.returns.internal.imports;

import java.util.List;

import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnTable;

/**
 * Imports one or more 903 tables through the owning module's public API. Adding a table (AD1, PlacedAdoption,
 * PrevPerm, DoLo, SWEpisodes once the permanence module is merged) is one more of these: a Spring component, ordered
 * after the children's ({@link org.springframework.core.annotation.Order}), found by {@link ReturnImports}.
 * <p>
 * Every importer first checks every row of its tables against what Hearth itself refuses, reporting each problem;
 * nothing is written unless no importer found any. Then each applies its tables in one shared transaction.
 */
interface TableImporter {

    /** The tables it reads (for counts and the report). */
    List<ReturnTable> tables();

    /** Adds a problem for every row Hearth would refuse; writes nothing. */
    void check(ReturnData data, ImportChecks checks);

    /**
     * Creates or changes what the return holds (and what Hearth has not changed since the last import), in the
     * caller's transaction: one bulk call per module, not a call per row.
     */
    void apply(ImportRun run);
}
