package org.hearth.returns;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
        CommandLine command = commandLine();
        try {
            command.parseArgs(withoutName(args));
            if (command.isUsageHelpRequested()) {
                command.usage(out);
                return NO_FINDINGS;
            }
            arguments = Arguments.of(command.getCommand());
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            return refused(command, e, err);
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

    /**
     * The options as picocli reads them (unknown options, a missing value, a second folder: refused with a message
     * naming the option); what they must hold is checked in {@link Arguments#of}.
     */
    @Command(name = NAME, sortOptions = false, usageHelpWidth = 110,
            customSynopsis = {NAME + " FOLDER|ZIP --year=YEAR --out=FILE [--previous=FOLDER|ZIP] [--la=CODE]",
                "       [--postcodes=ONSPD [--la-lookup=LOOKUP]]"},
            description = "Checks a 903 return's files (CSV set or XML, a folder or a zip) against the year's DfE "
                    + "rules, without starting Hearth, and writes one row per finding "
                    + "(child_id,rule_code,table,row,fields,message).",
            exitCodeListHeading = "Exit status:%n",
            exitCodeList = {"0:nothing was found", "1:findings were written",
                "2:the input could not be read, or the command was not given properly"})
    static final class Options {

        @Parameters(arity = "0..1", paramLabel = "FOLDER|ZIP", description = "this year's return")
        Path folder;

        @Option(names = "--year", paramLabel = "YEAR", description = "the year the collection ends, e.g. 2027")
        String year;

        @Option(names = "--previous", paramLabel = "FOLDER|ZIP", description = "last year's return")
        Path previous;

        @Option(names = "--out", paramLabel = "FILE", description = "the CSV file the findings are written to")
        Path out;

        @Option(names = "--la", paramLabel = "CODE",
                description = "the council's upper-tier authority code, e.g. E09000027 (for PL_LOCATION)")
        String localAuthority;

        @Option(names = "--postcodes", paramLabel = "ONSPD",
                description = "the ONS Postcode Directory (CSV, .gz or the ONS zip), to derive PL_LA, PL_LOCATION "
                        + "and PL_DISTANCE")
        Path postcodes;

        @Option(names = "--la-lookup", paramLabel = "LOOKUP",
                description = "the ONS LTLA to UTLA lookup (CSV), to place postcodes in counties' districts")
        Path authorityLookup;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;
    }

    /** The command line's parser, with its usage text. */
    static CommandLine commandLine() {
        return new CommandLine(new Options());
    }

    /**
     * Arguments that cannot be used: what is wrong (naming the option; a mistyped option gets the likely one), the
     * short usage line and where the help is. Shared with generate-903.
     */
    static int refused(CommandLine command, RuntimeException problem, PrintStream err) {
        err.println(command.getCommandName() + ": " + problem.getMessage());
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
            CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        CommandLine.Help help = command.getHelp();
        err.print("Usage: " + help.synopsis("Usage: ".length()));
        err.println("Run " + command.getCommandName() + " --help for what each option is.");
        return NOT_READ;
    }

    record Arguments(Path folder, CollectionYear year, Path previous, Path out, String localAuthority,
            Path postcodes, Path authorityLookup) {

        /** Checks what picocli read: what is missing or wrong, named. */
        static Arguments of(Options options) {
            // checked here rather than marked required, so that a mistyped option is reported as such first
            if (options.folder == null) {
                throw new IllegalArgumentException("FOLDER|ZIP missing: give the folder (or zip) holding the "
                        + "return's files");
            }
            if (options.year == null) {
                throw new IllegalArgumentException("--year missing: give the year the collection ends (for example "
                        + CollectionYear.LAST_SUPPORTED + ")");
            }
            if (options.out == null) {
                throw new IllegalArgumentException("--out missing: give the file to write the findings to");
            }
            CollectionYear collectionYear;
            try {
                collectionYear = CollectionYear.supported(options.year);
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException("--year " + options.year + ": " + e.problems().get(0).message());
            }
            String localAuthority = options.localAuthority == null ? null
                    : options.localAuthority.trim().toUpperCase(Locale.ROOT);
            if (localAuthority != null && !localAuthority.matches("E0[6-9]\\d{6}|E10\\d{6}")) {
                throw new IllegalArgumentException("--la is the council's upper-tier authority code, for example "
                        + "E09000027");
            }
            if (options.authorityLookup != null && options.postcodes == null) {
                throw new IllegalArgumentException("--la-lookup is read with --postcodes: give the postcode "
                        + "directory too");
            }
            return new Arguments(options.folder, collectionYear, options.previous, options.out, localAuthority,
                    options.postcodes, options.authorityLookup);
        }
    }

    /** The arguments after the command's name, when it was given (run from a script as the jar's first argument). */
    static String[] withoutName(String[] args) {
        return args.length > 0 && args[0].equals(NAME) ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
    }
}
