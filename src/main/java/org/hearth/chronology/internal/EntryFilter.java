package org.hearth.chronology.internal;

import java.time.LocalDate;
import java.util.Set;

/**
 * What of a chronology to show.
 *
 * @param oldestFirst order; newest first by default
 * @param categories only these categories (empty: all)
 * @param significance only key events or only others (null: both)
 * @param from events on or after this date
 * @param to events on or before this date
 * @param source text the source contains
 * @param text text anywhere in the title, description, source, action or analysis
 * @param includeEnteredInError show entries marked as entered in error too
 */
public record EntryFilter(boolean oldestFirst, Set<Category> categories, Significance significance, LocalDate from,
        LocalDate to, String source, String text, boolean includeEnteredInError) {

    public static EntryFilter everything() {
        return new EntryFilter(true, Set.of(), null, null, null, null, null, true);
    }

    public static EntryFilter current(boolean oldestFirst) {
        return new EntryFilter(oldestFirst, Set.of(), null, null, null, null, null, false);
    }

    public EntryFilter keyEventsOnly() {
        return new EntryFilter(oldestFirst, categories, Significance.KEY_EVENT, from, to, source, text,
                includeEnteredInError);
    }
}
