package org.hearth.chronology.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.hearth.chronology.internal.Amendment;
import org.hearth.chronology.internal.Category;
import org.hearth.chronology.internal.DatePrecision;
import org.hearth.chronology.internal.Entry;
import org.hearth.chronology.internal.EntryInput;
import org.hearth.chronology.internal.Significance;
import org.hearth.shared.FieldProblem;

/**
 * The manual entry page's fields, as typed. The date is a GOV.UK date input where the day, or the day and month, may
 * be left empty when only the month or year is known: that sets the date's precision without another question.
 */
public class EntryForm {

    private String eventDateDay = "";
    private String eventDateMonth = "";
    private String eventDateYear = "";
    private String eventTime = "";
    private String category = "";
    private String significance = "OTHER";
    private String title = "";
    private String description = "";
    private String source = "";
    private String actionTaken = "";
    private String impact = "";
    private boolean suitableToShare;
    private boolean thirdPartyInformation;
    private String reason = "";
    private Integer version;

    static EntryForm from(Entry e) {
        EntryForm form = new EntryForm();
        form.eventDateYear = String.valueOf(e.eventDate().getYear());
        if (e.datePrecision() != DatePrecision.YEAR) {
            form.eventDateMonth = String.valueOf(e.eventDate().getMonthValue());
        }
        if (e.datePrecision() == DatePrecision.DAY) {
            form.eventDateDay = String.valueOf(e.eventDate().getDayOfMonth());
        }
        form.eventTime = e.eventTime() == null ? "" : e.eventTime().toString();
        form.category = e.category().name();
        form.significance = e.significance().name();
        form.title = e.title();
        form.description = nz(e.description());
        form.source = nz(e.source());
        form.actionTaken = nz(e.actionTaken());
        form.impact = nz(e.impact());
        form.suitableToShare = e.suitableToShare();
        form.thirdPartyInformation = e.thirdPartyInformation();
        form.version = e.version();
        return form;
    }

    /** What was typed, as an entry; what cannot be read is added to {@code problems} by field name. */
    EntryInput toInput(List<FieldProblem> problems) {
        return new EntryInput(date(problems), precision(), time(problems), enumOf(Category.class, category),
                enumOf(Significance.class, significance), title, description, source, actionTaken, impact,
                suitableToShare, thirdPartyInformation);
    }

    /** The changes from the entry as it is: only what differs is sent, so automatic entries keep their facts. */
    Amendment toAmendment(Entry current, List<FieldProblem> problems) {
        if (current.automatic()) {
            // the facts are not on the form: only the worker's own parts can change
            return new Amendment(reason, null, null, null, null,
                    changed(enumOf(Significance.class, significance), current.significance()), null, null, null,
                    changedText(actionTaken, current.actionTaken()), changedText(impact, current.impact()),
                    suitableToShare, thirdPartyInformation, null);
        }
        EntryInput in = toInput(problems);
        boolean dateChanged = in.eventDate() != null && (!in.eventDate().equals(current.eventDate())
                || in.datePrecision() != current.datePrecision()
                || !java.util.Objects.equals(in.eventTime(), current.eventTime()));
        return new Amendment(reason, dateChanged ? in.eventDate() : null, dateChanged ? in.datePrecision() : null,
                dateChanged ? in.eventTime() : null, changed(in.category(), current.category()),
                changed(in.significance(), current.significance()), changedText(in.title(), current.title()),
                changedText(in.description(), current.description()), changedText(in.source(), current.source()),
                changedText(in.actionTaken(), current.actionTaken()), changedText(in.impact(), current.impact()),
                suitableToShare, thirdPartyInformation, null);
    }

    private static <T> T changed(T typed, T current) {
        return typed == null || typed.equals(current) ? null : typed;
    }

    private static String changedText(String typed, String current) {
        String t = typed == null ? "" : typed.trim();
        return t.equals(nz(current)) ? null : t;
    }

    private DatePrecision precision() {
        if (blank(eventDateDay) && blank(eventDateMonth)) {
            return DatePrecision.YEAR;
        }
        return blank(eventDateDay) ? DatePrecision.MONTH : DatePrecision.DAY;
    }

    private LocalDate date(List<FieldProblem> problems) {
        if (blank(eventDateDay) && blank(eventDateMonth) && blank(eventDateYear)) {
            return null;
        }
        try {
            if (blank(eventDateYear)) {
                problems.add(new FieldProblem("eventDate", "Date of the event must include a year"));
                return null;
            }
            if (!blank(eventDateDay) && blank(eventDateMonth)) {
                problems.add(new FieldProblem("eventDate", "Date of the event must include a month"));
                return null;
            }
            int year = Integer.parseInt(eventDateYear.trim());
            if (year < 1900 || year > 2999) {
                problems.add(new FieldProblem("eventDate", "Date of the event must have a year with 4 numbers"));
                return null;
            }
            int month = blank(eventDateMonth) ? 1 : Integer.parseInt(eventDateMonth.trim());
            int day = blank(eventDateDay) ? 1 : Integer.parseInt(eventDateDay.trim());
            return LocalDate.of(year, month, day);
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new FieldProblem("eventDate", "Date of the event must be a real date"));
            return null;
        }
    }

    private LocalTime time(List<FieldProblem> problems) {
        if (blank(eventTime)) {
            return null;
        }
        try {
            String t = eventTime.trim().replace('.', ':');
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("eventTime", "Time must be written like 14:30"));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean isBlank() {
        return blank(eventDateDay) && blank(eventDateMonth) && blank(eventDateYear) && blank(title)
                && blank(description) && blank(source) && blank(category);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    public String getEventDateDay() { return eventDateDay; }
    public void setEventDateDay(String v) { eventDateDay = v; }
    public String getEventDateMonth() { return eventDateMonth; }
    public void setEventDateMonth(String v) { eventDateMonth = v; }
    public String getEventDateYear() { return eventDateYear; }
    public void setEventDateYear(String v) { eventDateYear = v; }
    public String getEventTime() { return eventTime; }
    public void setEventTime(String v) { eventTime = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getSignificance() { return significance; }
    public void setSignificance(String v) { significance = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getActionTaken() { return actionTaken; }
    public void setActionTaken(String v) { actionTaken = v; }
    public String getImpact() { return impact; }
    public void setImpact(String v) { impact = v; }
    public boolean isSuitableToShare() { return suitableToShare; }
    public void setSuitableToShare(boolean v) { suitableToShare = v; }
    public boolean isThirdPartyInformation() { return thirdPartyInformation; }
    public void setThirdPartyInformation(boolean v) { thirdPartyInformation = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
