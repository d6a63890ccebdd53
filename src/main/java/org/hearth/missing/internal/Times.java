package org.hearth.missing.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date-times as the missing pages and messages put them, in the council's time. */
public final class Times {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private Times() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(MissingRules.LONDON));
    }
}
