package org.hearth.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.hearth.access.CurrentUser;
import org.hearth.calendar.internal.BankHoliday;
import org.hearth.calendar.internal.BankHolidayRepository;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads bank holidays from a file in the GOV.UK {@code bank-holidays.json} format (divisions "england-and-wales",
 * "scotland", "northern-ireland", each with its events). Only England and Wales is read. Every year the file covers
 * replaces what Hearth knew of that year, so a moved or added holiday is corrected; years it does not mention are
 * left alone. All or nothing: one bad event and nothing changes, with every problem named.
 */
@Service
public class BankHolidayImport {

    static final String DIVISION = "england-and-wales";

    private final BankHolidayRepository holidays;
    private final WorkingDays workingDays;
    private final JsonMapper json = JsonMapper.builder().build();

    BankHolidayImport(BankHolidayRepository holidays, WorkingDays workingDays) {
        this.holidays = holidays;
        this.workingDays = workingDays;
    }

    /** What an import changed. */
    public record Result(SortedSet<Integer> years, int holidays) {
    }

    @Transactional
    public Result importGovUkJson(CurrentUser user, String content, String source) {
        List<BankHoliday> read = read(content);
        SortedSet<Integer> years = new TreeSet<>(read.stream().map(h -> h.date().getYear()).toList());
        holidays.replaceYears(years, read, user.id(), user.displayName(), source == null || source.isBlank() ? "imported file" : source);
        workingDays.forget();
        return new Result(years, read.size());
    }

    private List<BankHoliday> read(String content) {
        JsonNode root;
        try {
            root = json.readTree(content == null ? "" : content);
        } catch (JacksonException e) {
            throw InvalidInputException.of("file", "The file is not JSON in the GOV.UK bank holidays format: "
                    + e.getOriginalMessage());
        }
        JsonNode events = root == null ? null : root.path(DIVISION).path("events");
        if (events == null || !events.isArray()) {
            throw InvalidInputException.of("file", "The file has no \"" + DIVISION + "\" division with a list of "
                    + "events, as the GOV.UK bank holidays file has");
        }
        if (events.isEmpty()) {
            throw InvalidInputException.of("file", "The \"" + DIVISION + "\" division lists no bank holidays");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<BankHoliday> read = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String where = DIVISION + ".events[" + i + "]";
            String title = event.path("title").asString("").trim();
            String dateText = event.path("date").asString("").trim();
            LocalDate date = null;
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(where + ".date", "Event " + (i + 1) + " has no date in the form "
                        + "2027-12-27" + (dateText.isEmpty() ? "" : " (it says \"" + dateText + "\")")));
            }
            if (title.isEmpty()) {
                problems.add(new FieldProblem(where + ".title", "Event " + (i + 1) + " has no title"));
            }
            if (date != null && !seen.add(date)) {
                problems.add(new FieldProblem(where + ".date", "Event " + (i + 1) + " repeats " + date));
            }
            if (date != null && !title.isEmpty()) {
                read.add(new BankHoliday(date, title));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return read;
    }
}
