package org.hearth.missing.web;

import java.time.Instant;

import org.hearth.missing.internal.Times;

/** Date-times for the templates ({@code ${t.at(instant)}}), in the council's time. */
public final class TimeFormat {

    static final TimeFormat INSTANCE = new TimeFormat();

    public String at(Instant instant) {
        return Times.dateTime(instant);
    }
}
