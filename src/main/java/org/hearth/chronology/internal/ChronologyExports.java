package org.hearth.chronology.internal;

import org.hearth.shared.PdfDocuments;
import org.hearth.children.ChildGate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildView;
import org.hearth.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court, full and young-person chronologies as PDF or CSV, and the entries for the print view. Every export is
 * written to the access log as an export, saying which variant and how many entries.
 * <ul>
 * <li>court: Family Procedure Rules PD12A format (domain.md "A good chronology"): serial number, date, event,
 * source/reference; all entries, key events, or entries chosen by hand; entries in error left out;</li>
 * <li>full: every field, entries in error included and marked, for auditors;</li>
 * <li>young-person: only entries the worker marked suitable to share, in plain words, without sources or
 * analysis.</li>
 * </ul>
 */
@Service
public class ChronologyExports {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int MAX_ENTRIES = 100_000;
    /** Plain words for the young person's version of the automatic entries' titles. */
    private static final Map<String, String> PLAIN_TITLES = Map.of(
            "Became looked after", "You started being looked after by the council",
            "Moved placement", "You moved to a new home",
            "Placement type changed, same carers", "Your placement changed, with the same carers",
            "Legal status changed", "The legal arrangements for your care changed",
            "Ceased to be looked after", "You stopped being looked after by the council",
            "Allocated worker changed", "You got a new social worker",
            "Responsible team changed", "A different team started working with you",
            "Child's record created in Hearth", "Your record was started");

    private final EntryRepository entries;
    private final ChildGate gate;
    private final CaseHistorySummaries summaries;
    private final Clock clock;

    ChronologyExports(EntryRepository entries, ChildGate gate, CaseHistorySummaries summaries, Clock clock) {
        this.entries = entries;
        this.gate = gate;
        this.summaries = summaries;
        this.clock = clock;
    }

    public enum Format {
        PDF, CSV
    }

    public enum Variant {
        COURT, FULL, YOUNG_PERSON;

        public static Variant of(String value) {
            for (Variant v : values()) {
                if (v.name().replace('_', '-').equalsIgnoreCase(value)) {
                    return v;
                }
            }
            throw InvalidInputException.of("variant", "Variant must be court, young-person or full");
        }
    }

    /** The exported file. */
    public record Export(byte[] content, String contentType, String filename) {
    }

    /** What the print view shows. */
    public record Printable(ChildView child, List<Entry> entries, CaseHistorySummaries.Top top, LocalDate today) {
    }

    /**
     * @param selection {@code all}, {@code key}, or entry ids separated by commas
     */
    @Transactional
    public Export export(CurrentUser user, UUID childId, String format, Variant variant, String selection) {
        Format f = switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> Format.PDF;
            case "csv" -> Format.CSV;
            default -> throw InvalidInputException.of("format", "Format must be pdf or csv");
        };
        Selection chosen = Selection.parse(selection);
        String what = "chronology export: " + variant.name().toLowerCase(Locale.ROOT).replace('_', '-') + " "
                + f.name() + ", " + chosen.describe();
        if (!gate.canSee(user, childId)) {
            gate.require(user, childId, AccessAction.EXPORT, what); // logs the refusal (or 404) and throws
        }
        List<Entry> list = select(childId, variant, chosen);
        ChildView child = gate.require(user, childId, AccessAction.EXPORT, what + " (" + list.size()
                + (list.size() == 1 ? " entry)" : " entries)"));
        String name = "chronology-" + child.localChildId() + "-" + variant.name().toLowerCase(Locale.ROOT)
                .replace('_', '-') + "-" + LocalDate.now(clock);
        return f == Format.CSV
                ? new Export(csv(list, variant), "text/csv;charset=UTF-8", name + ".csv")
                : new Export(pdf(child, list, variant, user), "application/pdf", name + ".pdf");
    }

    /** The plain print view: the whole current chronology, oldest first, with its summary and signposting. */
    @Transactional
    public Printable printable(CurrentUser user, UUID childId) {
        ChildView child = gate.require(user, childId, AccessAction.EXPORT, "chronology print view");
        return new Printable(child, entries.page(childId, EntryFilter.current(true), 0, MAX_ENTRIES),
                summaries.top(childId), LocalDate.now(clock));
    }

    private List<Entry> select(UUID childId, Variant variant, Selection chosen) {
        List<Entry> list;
        if (chosen.ids().isEmpty()) {
            EntryFilter filter = variant == Variant.FULL ? EntryFilter.everything() : EntryFilter.current(true);
            list = entries.page(childId, chosen.keyOnly() ? filter.keyEventsOnly() : filter, 0, MAX_ENTRIES);
        } else {
            list = entries.chosen(childId, chosen.ids());
            if (list.size() != chosen.ids().size()) {
                throw InvalidInputException.of("entries", "Some of the chosen entries are not in this chronology");
            }
            if (variant != Variant.FULL) {
                list = list.stream().filter(e -> !e.enteredInError()).toList();
            }
        }
        if (variant == Variant.YOUNG_PERSON) {
            list = list.stream().filter(Entry::suitableToShare).toList();
        }
        return list;
    }

    private record Selection(boolean keyOnly, Set<UUID> ids) {

        static Selection parse(String value) {
            String v = value == null || value.isBlank() ? "all" : value.trim();
            if (v.equals("all")) {
                return new Selection(false, Set.of());
            }
            if (v.equals("key")) {
                return new Selection(true, Set.of());
            }
            Set<UUID> ids = new LinkedHashSet<>();
            for (String part : v.split(",")) {
                try {
                    ids.add(UUID.fromString(part.trim()));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("entries", "Entries must be all, key, or entry ids separated by "
                            + "commas");
                }
            }
            return new Selection(false, ids);
        }

        String describe() {
            return ids.isEmpty() ? (keyOnly ? "key events" : "all entries") : "chosen entries";
        }
    }

    private static byte[] csv(List<Entry> list, Variant variant) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().get())) {
            switch (variant) {
                case COURT -> {
                    csv.printRecord("Serial number", "Date", "Event", "Source or reference");
                    int n = 1;
                    for (Entry e : list) {
                        csv.printRecord(n++, e.eventDateText(), cell(courtEvent(e)), cell(nz(e.source())));
                    }
                }
                case YOUNG_PERSON -> {
                    csv.printRecord("When", "What happened");
                    for (Entry e : list) {
                        csv.printRecord(e.eventDateText(), cell(plain(e)));
                    }
                }
                case FULL -> {
                    csv.printRecord("Date", "Date precision", "Time", "Category", "Significance", "Title",
                            "Description", "Source", "Action taken", "Impact or analysis", "Automatic",
                            "Third party information", "Suitable to share", "Entered in error", "Version",
                            "Recorded by", "Recorded at", "Last changed by", "Last change", "Reason");
                    for (Entry e : list) {
                        csv.printRecord(e.eventDate(), e.datePrecision(), e.eventTime(), e.category().label(),
                                e.significance().label(), cell(e.title()), cell(e.description()), cell(e.source()),
                                cell(e.actionTaken()), cell(e.impact()), yes(e.automatic()), yes(e.thirdPartyInformation()),
                                yes(e.suitableToShare()), yes(e.enteredInError()), e.version(), e.recordedBy(),
                                e.recordedAt(), cell(e.changedBy()), e.changeKind(), cell(e.changeReason()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a byte order mark, so that spreadsheet programs read names with accents correctly
        return ("\uFEFF" + out).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private byte[] pdf(ChildView child, List<Entry> list, Variant variant, CurrentUser user) {
        StringBuilder html = new StringBuilder(256 + list.size() * 400);
        html.append("<html><head><meta charset=\"utf-8\"/><title>").append(esc(title(variant, child)))
                .append("</title><style>")
                .append("@page { size: A4 landscape; margin: 15mm; @bottom-right { content: 'Page ' counter(page) ")
                .append("' of ' counter(pages); font-size: 8pt; } @top-left { content: 'OFFICIAL-SENSITIVE'; ")
                .append("font-size: 8pt; } } body { font-family: FONT; font-size: 9pt; } ")
                .append("table { width: 100%; border-collapse: collapse; table-layout: fixed; } ")
                .append("th, td { border: 0.5pt solid #666; padding: 3pt; vertical-align: top; text-align: left; } ")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; } ")
                .append("h1 { font-size: 14pt; } .mark { font-size: 8pt; }")
                .append("</style></head><body>");
        html.append("<h1>").append(esc(title(variant, child))).append("</h1>");
        html.append("<p>").append(esc(child.fullName())).append(", born ")
                .append(esc(LONG_DATE.format(child.dateOfBirth()))).append(", local ID ")
                .append(esc(child.localChildId())).append(". Prepared on ")
                .append(esc(LONG_DATE.format(LocalDate.now(clock)))).append(" by ").append(esc(user.displayName()))
                .append(".</p>");
        switch (variant) {
            case COURT -> {
                html.append("<table><thead><tr><th style=\"width:8%\">Serial number</th><th style=\"width:14%\">Date")
                        .append("</th><th>Event</th><th style=\"width:24%\">Source or reference</th></tr></thead>")
                        .append("<tbody>");
                int n = 1;
                for (Entry e : list) {
                    html.append("<tr><td>").append(n++).append("</td><td>").append(esc(e.eventDateText()))
                            .append("</td><td>").append(esc(courtEvent(e)))
                            .append(e.thirdPartyInformation() ? " <span class=\"mark\">[third party information]</span>"
                                    : "")
                            .append("</td><td>").append(esc(nz(e.source()))).append("</td></tr>");
                }
            }
            case YOUNG_PERSON -> {
                html.append("<p>This is a list of some important things that have happened in your life while you "
                        + "have been looked after. If anything is wrong or missing, or you want to know more, ask "
                        + "your social worker or personal adviser.</p>");
                html.append("<table><thead><tr><th style=\"width:20%\">When</th><th>What happened</th></tr></thead>")
                        .append("<tbody>");
                for (Entry e : list) {
                    html.append("<tr><td>").append(esc(e.eventDateText())).append("</td><td>").append(esc(plain(e)))
                            .append("</td></tr>");
                }
            }
            case FULL -> {
                html.append("<table><thead><tr><th style=\"width:10%\">Date</th><th>Event</th><th>Source</th>")
                        .append("<th>Action taken</th><th>Impact or analysis</th><th style=\"width:12%\">Recorded")
                        .append("</th></tr></thead><tbody>");
                for (Entry e : list) {
                    html.append("<tr><td>").append(esc(e.eventDateText())).append("</td><td>")
                            .append(e.enteredInError() ? "<span class=\"mark\">[ENTERED IN ERROR: "
                                    + esc(nz(e.changeReason())) + "]</span> " : "")
                            .append(esc(e.category().label() + (e.keyEvent() ? ", key event" : "") + ": "
                                    + courtEvent(e)))
                            .append(e.thirdPartyInformation() ? " <span class=\"mark\">[third party]</span>" : "")
                            .append("</td><td>").append(esc(nz(e.source()))).append("</td><td>")
                            .append(esc(nz(e.actionTaken()))).append("</td><td>").append(esc(nz(e.impact())))
                            .append("</td><td>").append(esc(e.recordedBy() + (e.amended() ? ", amended by "
                                    + e.changedBy() : ""))).append("</td></tr>");
                }
            }
        }
        html.append("</tbody></table>");
        if (list.isEmpty()) {
            html.append("<p>No entries.</p>");
        }
        html.append("</body></html>");
        return PdfDocuments.fromXhtml(html.toString());
    }

    private static String title(Variant variant, ChildView child) {
        return switch (variant) {
            case COURT -> "Chronology of " + child.fullName();
            case FULL -> "Full chronology of " + child.fullName() + " (including entries in error)";
            case YOUNG_PERSON -> "Your chronology, " + child.knownAs();
        };
    }

    private static String courtEvent(Entry e) {
        return e.title() + (e.description() == null ? "" : ". " + e.description());
    }

    private static String plain(Entry e) {
        if (e.automatic()) {
            return PLAIN_TITLES.getOrDefault(e.title(), e.title());
        }
        return e.title() + (e.description() == null ? "" : ". " + e.description());
    }

    static String cell(String value) {
        return org.hearth.shared.SpreadsheetCells.text(value);
    }

    private static String yes(boolean value) {
        return value ? "Yes" : "No";
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** XHTML escaping; control characters other than tab and line ends are not allowed in XML, so they go. */
    static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

}
