package org.hearth.returns.internal.imports;

/**
 * What to do with one record of the return, from three versions of it in the same fixed text form (ADR 0010): what the
 * return says now, what Hearth holds, and what the last import wrote. Hearth's data wins when it was changed in Hearth
 * since it was imported (or was recorded in Hearth to begin with): workers' records are the truth once Hearth is in
 * use, and the return is only a copy of another system's.
 */
enum Reconcile {
    CREATE, UPDATE, UNCHANGED, CONFLICT;

    /**
     * @param returnSays the return's values
     * @param hearthHas Hearth's record, null when Hearth has none
     * @param lastImported what the last import wrote or confirmed, null when no import has
     */
    static Reconcile decide(String returnSays, String hearthHas, String lastImported) {
        if (hearthHas == null) {
            // removed in Hearth after it was imported (an episode undone, say): the removal stands
            return lastImported == null ? CREATE : CONFLICT;
        }
        if (hearthHas.equals(returnSays)) {
            return UNCHANGED;
        }
        if (hearthHas.equals(lastImported)) {
            return UPDATE;
        }
        return CONFLICT;
    }

    /** Joins values into the fixed text form compared across imports (blank for null). */
    static String content(Object... values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('|');
            }
            if (values[i] != null) {
                text.append(values[i]);
            }
        }
        return text.toString();
    }
}
