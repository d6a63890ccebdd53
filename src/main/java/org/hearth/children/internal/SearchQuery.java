package org.hearth.children.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** What a search box entry means: an NHS number, a UPN, a date of birth, or else a name or local ID. */
record SearchQuery(Kind kind, String term) {

    enum Kind { NHS_NUMBER, UPN, DATE_OF_BIRTH, NAME_OR_ID }

    static SearchQuery parse(String raw) {
        String text = raw == null ? "" : raw.trim();
        String digits = text.replaceAll("[\\s-]", "");
        if (digits.matches("[0-9]{10}")) {
            return new SearchQuery(Kind.NHS_NUMBER, digits);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-HJ-NP-RT-Z][0-9]{11}[0-9A-Z]")) {
            return new SearchQuery(Kind.UPN, upper);
        }
        LocalDate date = date(text);
        if (date != null) {
            return new SearchQuery(Kind.DATE_OF_BIRTH, date.toString());
        }
        return new SearchQuery(Kind.NAME_OR_ID, text);
    }

    private static LocalDate date(String text) {
        for (String pattern : new String[] {"d/M/uuuu", "uuuu-MM-dd", "d-M-uuuu", "d.M.uuuu", "d MMMM uuuu",
                "d MMM uuuu"}) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern, Locale.UK)
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException notThisOne) {
                // try the next
            }
        }
        return null;
    }
}
