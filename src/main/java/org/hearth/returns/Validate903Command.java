package org.hearth.returns;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.places.ImportProblem;
import org.hearth.places.ImportRefusedException;
import org.hearth.places.PostcodeDirectoryFile;
import org.hearth.returns.internal.check.DirectoryPostcodes;
import org.hearth.returns.internal.check.FilesCheck;
import org.hearth.returns.internal.data.ReadProblem;
import org.hearth.returns.internal.data.ReadResult;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnFiles;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.Finding;
import org.hearth.returns.internal.validation.PostcodeFacts;
import org.hearth.shared.InvalidInputException;

/**
 * {@code java -jar hearth.jar validate-903 FOLDER --year 2027 [--previous FOLDER] --out issues.csv [--la E09000027]
 * [--postcodes ONSPD.csv [--la-lookup LTLA_TO_UTLA.csv]]}: checks a return's files (a folder or a zip, CSV or XML)
 * against the year's DfE rules for scripts, without starting Spring or the database, and writes one row per finding
 * (README, "Checking a 903 return from the command line"). With {@code --postcodes} the derived placement fields
 * (PL_LA, PL_LOCATION, PL_DISTANCE) come from the ONS Postcode Directory file, read for the return's postcodes only,
 * as they come from the imported directory inside Hearth.
 * Exit status: 0 no findings, 1 findings, 2 the input could not be read or the command was not given properly.
 */
public final class Validate903Command {

    public static final String NAME = "validate-903";

    public static final int NO_FINDINGS = 0;
    public static final int FINDINGS = 1;
    public static final int NOT_READ = 2;

    static final List<String> COLUMNS = List.of("child_id", "rule_code", "table", "row", "fields", "message");

    private static final String USAGE = "Usage: java -jar hearth.jar " + NAME
            + " FOLDER|ZIP --year 2027 [--previous FOLDER|ZIP] --out issues.csv [--la E09000027]"
            + " [--postcodes ONSPD.csv|.gz|.zip [--la-lookup LTLA_TO_UTLA.csv]]";

    private Validate903Command() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command and gives its exit status rather than exiting, so tests (and HearthApplication) call it.
     *
     * @param args the arguments after the command's name
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return NOT_READ;
        }
        for (Path file : new Path[] {arguments.postcodes(), arguments.authorityLookup()}) {
            if (file != null && !Files.isRegularFile(file)) {
                err.println((file == arguments.postcodes() ? "--postcodes" : "--la-lookup") + ": there is no file "
                        + file);
                return NOT_READ;
            }
        }
        ReadResult current = ReturnFiles.fromPath(arguments.folder());
        ReadResult previous = arguments.previous() == null ? null : ReturnFiles.fromPath(arguments.previous());
        PostcodeFacts postcodes = PostcodeFacts.NONE;
        String postcodeSummary = "";
        if (arguments.postcodes() != null && current.ok() && (previous == null || previous.ok())) {
            long reading = System.nanoTime();
            PostcodeDirectoryFile directory;
            try {
                directory = readDirectory(arguments, mentionedPostcodes(current.data(),
                        previous == null ? null : previous.data()), err);
            } catch (IllegalArgumentException e) {
                return NOT_READ;
            }
            postcodes = DirectoryPostcodes.over(directory);
            postcodeSummary = String.format(Locale.ROOT, "; %d postcodes found in %d directory lines, %.1f s",
                    directory.found(), directory.lines(), (System.nanoTime() - reading) / 1e9);
            if (!directory.districtsWithoutUpperTier().isEmpty()) {
                err.println("Note: no placement authority (PL_LA) for postcodes in " + String.join(", ",
                        directory.districtsWithoutUpperTier()) + (arguments.authorityLookup() == null
                                ? ": give the ONS LTLA to UTLA lookup with --la-lookup for districts in counties"
                                : ": the lookup given does not know these districts"));
            }
            if (arguments.localAuthority() == null) {
                err.println("Note: without --la (the council's authority code) the placement location (PL_LOCATION)"
                        + " is not derived");
            }
        }
        FilesCheck.Outcome outcome = FilesCheck.check(arguments.year(), current, previous, postcodes,
                arguments.localAuthority());
        if (!outcome.readable()) {
            for (ReadProblem problem : outcome.problems()) {
                err.println(describe(problem));
            }
            err.println("The return could not be read: " + outcome.problems().size() + " problem"
                    + (outcome.problems().size() == 1 ? "" : "s") + "; nothing was validated");
            return NOT_READ;
        }
        List<Finding> findings = outcome.result().findings();
        try {
            write(findings, arguments.out());
        } catch (IOException e) {
            err.println("Could not write " + arguments.out() + ": " + e.getMessage());
            return NOT_READ;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.println(String.format(Locale.ROOT, "%s %s: %d children, %d rows, %d findings, %d rules run, %d not run, "
                + "%.1f s%s; issues in %s", NAME, arguments.year().label(), outcome.children(), outcome.rows(),
                findings.size(), outcome.result().rulesRun().size(), outcome.result().rulesNotRun().size(), seconds,
                postcodeSummary, arguments.out()));
        return findings.isEmpty() ? NO_FINDINGS : FINDINGS;
    }

    /** The home and placement postcodes of both years' episodes: the only lines of the directory worth keeping. */
    static Set<String> mentionedPostcodes(ReturnData current, ReturnData previous) {
        Set<String> postcodes = new HashSet<>();
        for (ReturnData data : new ReturnData[] {current, previous}) {
            if (data == null) {
                continue;
            }
            for (ReturnRow episode : data.rows(ReturnTable.EPISODES)) {
                for (String column : new String[] {"HOME_POST", "PL_POST"}) {
                    String postcode = episode.value(column);
                    if (postcode != null) {
                        postcodes.add(postcode);
                    }
                }
            }
        }
        return postcodes;
    }

    /**
     * Reads --la-lookup then --postcodes; a file that cannot be used is reported naming its option (then
     * IllegalArgumentException: exit 2).
     */
    private static PostcodeDirectoryFile readDirectory(Arguments arguments, Set<String> postcodes, PrintStream err) {
        String option = "--la-lookup";
        Path file = arguments.authorityLookup();
        try {
            PostcodeDirectoryFile.AuthorityLookup lookup = file == null ? null
                    : PostcodeDirectoryFile.readAuthorityLookup(file);
            option = "--postcodes";
            file = arguments.postcodes();
            return PostcodeDirectoryFile.read(file, lookup, postcodes);
        } catch (ImportRefusedException refused) {
            for (ImportProblem problem : refused.problems()) {
                err.println(option + " " + file.getFileName() + (problem.row() > 0 ? " line " + problem.row() : "")
                        + (problem.column() == null || problem.column().isEmpty() ? "" : ", " + problem.column())
                        + (problem.value() == null || problem.value().isEmpty() ? "" : " (\"" + problem.value() + "\")")
                        + ": " + problem.problem());
            }
            err.println(option + " " + file + ": " + refused.getMessage() + "; nothing was validated");
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(option + " " + file + " could not be read: " + e.getMessage() + "; nothing was validated");
        }
        throw new IllegalArgumentException(option);
    }

    /** "episodes.csv row 7, column DECOM ("32/01/2026"): message"; row 0 is about the whole file. */
    static String describe(ReadProblem problem) {
        StringBuilder text = new StringBuilder(problem.file() == null || problem.file().isEmpty() ? "(files)"
                : problem.file());
        if (problem.row() > 0) {
            text.append(" row ").append(problem.row());
        }
        if (problem.column() != null) {
            text.append(", ").append(problem.column());
        }
        if (problem.value() != null) {
            text.append(" (\"").append(problem.value()).append("\")");
        }
        return text.append(": ").append(problem.message()).toString();
    }

    /** child_id,rule_code,table,row,fields,message; a finding about a child as a whole has no row. */
    static void write(List<Finding> findings, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            for (Finding finding : findings) {
                printer.printRecord(finding.child() == null ? "" : finding.child(), finding.ruleCode(),
                        finding.table() == null ? "" : finding.table().dfeName(),
                        finding.row() > 0 ? Integer.toString(finding.row()) : "",
                        String.join(";", finding.fields()), finding.message());
            }
        }
    }

    record Arguments(Path folder, CollectionYear year, Path previous, Path out, String localAuthority,
            Path postcodes, Path authorityLookup) {

        static Arguments parse(String[] args) {
            Path folder = null;
            String year = null;
            Path previous = null;
            Path out = null;
            String localAuthority = null;
            Path postcodes = null;
            Path authorityLookup = null;
            List<String> rest = new ArrayList<>(List.of(args));
            if (!rest.isEmpty() && rest.get(0).equals(NAME)) {
                rest.remove(0);
            }
            for (int i = 0; i < rest.size(); i++) {
                String arg = rest.get(i);
                switch (arg) {
                    case "--year" -> year = value(rest, ++i, arg);
                    case "--previous" -> previous = Path.of(value(rest, ++i, arg));
                    case "--out" -> out = Path.of(value(rest, ++i, arg));
                    case "--la" -> localAuthority = value(rest, ++i, arg).trim().toUpperCase(Locale.ROOT);
                    case "--postcodes" -> postcodes = Path.of(value(rest, ++i, arg));
                    case "--la-lookup" -> authorityLookup = Path.of(value(rest, ++i, arg));
                    default -> {
                        if (arg.startsWith("--") || folder != null) {
                            throw new IllegalArgumentException("Not understood: " + arg);
                        }
                        folder = Path.of(arg);
                    }
                }
            }
            if (folder == null) {
                throw new IllegalArgumentException("Give the folder (or zip) holding the return's files");
            }
            if (year == null) {
                throw new IllegalArgumentException("Give the collection year with --year, the year it ends (for "
                        + "example " + CollectionYear.LAST_SUPPORTED + ")");
            }
            if (out == null) {
                throw new IllegalArgumentException("Give the file to write the findings to with --out");
            }
            CollectionYear collectionYear;
            try {
                collectionYear = CollectionYear.supported(year);
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException(e.problems().get(0).message());
            }
            if (localAuthority != null && !localAuthority.matches("E0[6-9]\\d{6}|E10\\d{6}")) {
                throw new IllegalArgumentException("--la is the council's upper-tier authority code, for example "
                        + "E09000027");
            }
            if (authorityLookup != null && postcodes == null) {
                throw new IllegalArgumentException("--la-lookup is read with --postcodes: give the postcode "
                        + "directory too");
            }
            return new Arguments(folder, collectionYear, previous, out, localAuthority, postcodes, authorityLookup);
        }

        private static String value(List<String> args, int at, String option) {
            if (at >= args.size() || args.get(at).startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(at);
        }
    }
}
