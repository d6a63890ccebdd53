package org.hearth.returns;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.returns.internal.check.FilesCheck;
import org.hearth.returns.internal.data.ReadProblem;
import org.hearth.returns.internal.data.ReadResult;
import org.hearth.returns.internal.data.ReturnFiles;
import org.hearth.returns.internal.validation.Finding;
import org.hearth.returns.internal.validation.PostcodeFacts;
import org.hearth.shared.InvalidInputException;

/**
 * {@code java -jar hearth.jar validate-903 FOLDER --year 2027 [--previous FOLDER] --out issues.csv [--la E09000027]}:
 * checks a return's files (a folder or a zip, CSV or XML) against the year's DfE rules for scripts, without starting
 * Spring or the database, and writes one row per finding (README, "Checking a 903 return from the command line").
 * Exit status: 0 no findings, 1 findings, 2 the input could not be read or the command was not given properly.
 */
public final class Validate903Command {

    public static final String NAME = "validate-903";

    public static final int NO_FINDINGS = 0;
    public static final int FINDINGS = 1;
    public static final int NOT_READ = 2;

    static final List<String> COLUMNS = List.of("child_id", "rule_code", "table", "row", "fields", "message");

    private static final String USAGE = "Usage: java -jar hearth.jar " + NAME
            + " FOLDER|ZIP --year 2027 [--previous FOLDER|ZIP] --out issues.csv [--la E09000027]";

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
        ReadResult current = ReturnFiles.fromPath(arguments.folder());
        ReadResult previous = arguments.previous() == null ? null : ReturnFiles.fromPath(arguments.previous());
        FilesCheck.Outcome outcome = FilesCheck.check(arguments.year(), current, previous, PostcodeFacts.NONE,
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
                + "%.1f s; issues in %s", NAME, arguments.year().label(), outcome.children(), outcome.rows(),
                findings.size(), outcome.result().rulesRun().size(), outcome.result().rulesNotRun().size(), seconds,
                arguments.out()));
        return findings.isEmpty() ? NO_FINDINGS : FINDINGS;
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

    record Arguments(Path folder, CollectionYear year, Path previous, Path out, String localAuthority) {

        static Arguments parse(String[] args) {
            Path folder = null;
            String year = null;
            Path previous = null;
            Path out = null;
            String localAuthority = null;
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
            return new Arguments(folder, collectionYear, previous, out, localAuthority);
        }

        private static String value(List<String> args, int at, String option) {
            if (at >= args.size() || args.get(at).startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(at);
        }
    }
}
