package org.hearth.careleavers.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.shared.SpreadsheetCells;
import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.careleavers.Rating;
import org.hearth.careleavers.internal.Cohort;
import org.hearth.careleavers.internal.CohortFilter;
import org.hearth.careleavers.internal.CohortRepository;
import org.hearth.careleavers.internal.CohortRow;
import org.hearth.codes.CodeField;
import org.hearth.codes.CodeLists;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The care leavers cohort page (/care-leavers) and its CSV export. */
@Controller
class CohortPagesController {

    static final int PAGE_SIZE = 50;

    private final Cohort cohort;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final CodeLists codes;
    private final java.time.Clock clock;
    private final org.hearth.careleavers.internal.CohortCounts counts;

    CohortPagesController(Cohort cohort, CurrentUsers currentUsers, Directory directory, CodeLists codes,
            java.time.Clock clock, org.hearth.careleavers.internal.CohortCounts counts) {
        this.counts = counts;
        this.cohort = cohort;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.codes = codes;
        this.clock = clock;
    }

    /** A row as shown: the stored row with its age, team and adviser names. */
    record Line(CohortRow row, int age, String team, String adviser) {
    }

    @GetMapping("/care-leavers")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String page(@RequestParam Map<String, String> params, Model model) {
        CurrentUser user = currentUsers.require();
        LocalDate today = LocalDate.now(clock);
        String sort = params.getOrDefault("sort", "name");
        boolean descending = "desc".equals(params.get("dir"));
        int page = number(params.get("page"));
        CohortFilter filter;
        CohortRepository.Page rows;
        try {
            filter = filter(params);
            rows = cohort.page(user, filter, sort, descending, page, PAGE_SIZE);
        } catch (InvalidInputException e) {
            filter = CohortFilter.NONE;
            sort = "name";
            rows = cohort.page(user, filter, sort, false, 0, PAGE_SIZE);
            org.hearth.shared.FormErrors.addTo(model, e.problems());
        }
        Map<UUID, String> teams = directory.teamNames();
        Map<UUID, String> advisers = directory.displayNames(rows.rows().stream().map(CohortRow::adviserId)
                .filter(java.util.Objects::nonNull).toList());
        List<Line> lines = rows.rows().stream().map(r -> new Line(r, r.age(today), name(teams, r.teamId()),
                name(advisers, r.adviserId()))).toList();
        model.addAttribute("rowsHtml", CohortTableRows.html(lines));
        model.addAttribute("total", rows.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", (rows.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("sort", sort);
        model.addAttribute("descending", descending);
        model.addAttribute("params", params);
        model.addAttribute("query", query(params, List.of("sort", "dir", "page")));
        model.addAttribute("filterQuery", query(params, List.of("page")));
        model.addAttribute("kpis", cohort.kpis(user, filter));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("ageBands", java.util.Arrays.stream(CohortFilter.AgeBand.values())
                .map(b -> new Option(b.value(), b.label())).toList());
        // 200 teams and 800 personal advisers on the stress set: the options are made once (kept with the cohort's
        // counts) as escaped HTML, rather than a thousand template expressions on every page
        model.addAttribute("teamOptions", selected(counts.get("teamOptions", () -> options(directory.teams().stream()
                .map(t -> new Option(t.id().toString(), t.name())).toList())), params.get("team")));
        model.addAttribute("adviserOptions", selected(counts.get("adviserOptions", () -> options(
                directory.caseholders().stream().filter(u -> u.roles().contains(Role.PERSONAL_ADVISER))
                        .sorted(java.util.Comparator.comparing(u -> u.displayName()))
                        .map(u -> new Option(u.id().toString(), u.displayName())).toList())), params.get("adviser")));
        model.addAttribute("eetCodes", String.join(", ", CohortRepository.EET_CODES));
        model.addAttribute("codes", codes);
        return "careleavers/cohort";
    }

    @GetMapping(value = "/care-leavers.csv", produces = "text/csv")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<String> csv(@RequestParam Map<String, String> params) throws IOException {
        CurrentUser user = currentUsers.require();
        LocalDate today = LocalDate.now(clock);
        List<CohortRow> rows = cohort.export(user, filter(params));
        Map<UUID, String> teams = directory.teamNames();
        Map<UUID, String> advisers = directory.displayNames(rows.stream().map(CohortRow::adviserId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("Local child ID", "Name",
                "Age", "Category", "Team", "Personal adviser", "EET rating", "EET suggested",
                "Personal circumstances rating", "Personal circumstances suggested", "Activity (ACTIV)",
                "Activity since", "Accommodation (ACCOM)", "Accommodation since", "In touch (IN_TOUCH)",
                "Last contact", "Staying Put", "Postcode", "Lives in", "Authority code", "Out of area",
                "Miles from home").get())) {
            for (CohortRow r : rows) {
                // names are typed by people: kept from being run as spreadsheet formulas
                csv.printRecord(r.localChildId(), SpreadsheetCells.text(r.name()), r.age(today),
                        r.category().label(), SpreadsheetCells.text(name(teams, r.teamId())),
                        SpreadsheetCells.text(name(advisers, r.adviserId())), r.eetRating(), r.eetSuggested(),
                        r.circumstancesRating(), r.circumstancesSuggested(), r.activityCode(), r.activitySince(),
                        r.accommodationCode(), r.accommodationSince(), r.inTouchCode(), r.lastContactOn(),
                        r.stayingPut() ? "Yes" : "No", r.postcode(), r.livesIn(), r.authorityCode(),
                        r.outOfArea() == null ? "Not known" : r.outOfArea() ? "Yes" : "No",
                        r.milesFromHome() == null ? null : Math.round(r.milesFromHome()));
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"care-leavers-" + today + ".csv\"")
                .body(out.toString());
    }

    private static String options(List<Option> options) {
        StringBuilder html = new StringBuilder();
        for (Option o : options) {
            html.append("<option value=\"").append(org.springframework.web.util.HtmlUtils.htmlEscape(o.value()))
                    .append("\">").append(org.springframework.web.util.HtmlUtils.htmlEscape(o.label()))
                    .append("</option>\n");
        }
        return html.toString();
    }

    /** Marks the chosen option (ids are UUIDs, checked before they get here). */
    private static String selected(String options, String value) {
        if (value == null || value.isBlank() || !value.matches("[0-9a-fA-F-]{36}")) {
            return options;
        }
        return options.replace("value=\"" + value + "\">", "value=\"" + value + "\" selected>");
    }

    private static String name(Map<UUID, String> names, UUID id) {
        return id == null ? null : names.get(id);
    }

    static CohortFilter filter(Map<String, String> params) {
        return new CohortFilter(rating(params, "rating"), rating(params, "eetRating"),
                rating(params, "circumstancesRating"), CohortFilter.AgeBand.parse(params.get("age")),
                uuid(params, "team"), uuid(params, "adviser"), area(params.get("area"), params.get("outOfArea")));
    }

    static Rating rating(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Rating rating = LeavingCarePagesController.rating(value);
        if (rating == null) {
            throw InvalidInputException.of(name, name + " must be RED, AMBER or GREEN");
        }
        return rating;
    }

    static UUID uuid(Map<String, String> params, String name) {
        String value = params.get(name);
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, name + " must be an id");
        }
    }

    static Boolean area(String area, String outOfArea) {
        if (outOfArea != null && !outOfArea.isBlank()) {
            return switch (outOfArea.trim().toLowerCase(java.util.Locale.UK)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw InvalidInputException.of("outOfArea", "outOfArea must be true or false");
            };
        }
        if (area == null || area.isBlank()) {
            return null;
        }
        return switch (area) {
            case "out" -> true;
            case "in" -> false;
            default -> throw InvalidInputException.of("area", "area must be in or out");
        };
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The page's query string without some parameters, ending with '&' or empty, for links that add one. */
    private static String query(Map<String, String> params, List<String> without) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> {
            if (!without.contains(k) && v != null && !v.isBlank()) {
                parts.add(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return parts.isEmpty() ? "" : String.join("&", parts) + "&";
    }
}
