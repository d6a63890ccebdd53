package org.hearth.returns;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.hearth.returns.internal.data.CsvReturnWriter;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.synthetic.DeliberateError;
import org.hearth.returns.internal.synthetic.SyntheticReturn;
import org.hearth.returns.internal.synthetic.SyntheticReturns;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar hearth.jar generate-903 FOLDER [--children 50000] [--year 2027] [--errors 0.02] [--seed 1] [--id-prefix B]}: writes
 * a synthetic return for benchmarks and demonstrations, without starting Hearth: FOLDER/current and FOLDER/previous
 * hold each year's CSV set, and FOLDER/deliberate-errors.csv lists the mistakes put in and the rule that should find
 * each.
 */
public final class Generate903Command {

    public static final String NAME = "generate-903";

    private Generate903Command() {
    }

    /** The options as picocli reads them: a wrong value or an unknown option is refused naming it. */
    @Command(name = NAME, sortOptions = false, usageHelpWidth = 110,
            customSynopsis = NAME + " FOLDER [--children=50000] [--year=2027] [--errors=0.02] [--seed=1] "
                    + "[--id-prefix=B]",
            description = "Writes a synthetic 903 return (this year's and last year's CSV sets) with deliberate "
                    + "mistakes, for benchmarks and demonstrations.",
            exitCodeListHeading = "Exit status:%n", exitCodeList = {"0:written",
                "2:the command was not given properly, or the files could not be written"})
    static final class Options {

        @Parameters(arity = "0..1", paramLabel = "FOLDER", description = "where current/, previous/ and "
                + "deliberate-errors.csv are written")
        Path folder;

        @Option(names = "--children", paramLabel = "N", description = "children in this year's return "
                + "(default 50000)")
        int children = 50_000;

        @Option(names = "--year", paramLabel = "YEAR", description = "the year the collection ends (default 2027)")
        int year = 2027;

        @Option(names = "--errors", paramLabel = "SHARE", description = "the share of children given one deliberate"
                + " mistake, 0 to 1 (default 0.02)")
        double errors = 0.02;

        @Option(names = "--seed", paramLabel = "SEED", description = "the random seed: the same seed writes the same"
                + " return (default 1)")
        long seed = 1;

        @Option(names = "--id-prefix", paramLabel = "TEXT", description = "put before every child id (default none)")
        String idPrefix = "";

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;
    }

    /**
     * @param args the arguments after the command's name
     * @return the process exit code: 0 written, 2 bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine command = new CommandLine(new Options());
        Options options;
        try {
            command.parseArgs(args.length > 0 && args[0].equals(NAME) ? Arrays.copyOfRange(args, 1, args.length)
                    : args);
            if (command.isUsageHelpRequested()) {
                command.usage(out);
                return 0;
            }
            options = command.getCommand();
            if (options.folder == null) {
                throw new IllegalArgumentException("FOLDER missing: give the folder to write the return in");
            }
            if (options.children < 1) {
                throw new IllegalArgumentException("--children " + options.children + ": give at least 1");
            }
            if (!(options.errors >= 0 && options.errors <= 1)) {
                throw new IllegalArgumentException("--errors " + options.errors + ": give a share from 0 to 1");
            }
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            return Validate903Command.refused(command, e, err);
        }
        Path folder = options.folder;
        int children = options.children;
        int year = options.year;
        double errors = options.errors;
        long seed = options.seed;
        String idPrefix = options.idPrefix;
        long started = System.nanoTime();
        SyntheticReturn generated = SyntheticReturns.generate(children, new CollectionYear(year), errors, seed,
                idPrefix);
        try {
            write(generated.current(), folder.resolve("current"));
            write(generated.previous(), folder.resolve("previous"));
            try (Writer writer = Files.newBufferedWriter(folder.resolve("deliberate-errors.csv"),
                    StandardCharsets.UTF_8)) {
                writer.write("child_id,table,column,value,rule_code\r\n");
                for (DeliberateError e : generated.errors()) {
                    writer.write(String.join(",", e.child(), e.table().dfeName(), e.column(), e.value(),
                            e.ruleCode()) + "\r\n");
                }
            }
        } catch (IOException e) {
            err.println("generate-903: could not write " + folder + ": " + e.getMessage());
            return 2;
        }
        out.printf("generate-903: %d children, %d episodes this year (%d last year), %d deliberate errors, in %s, "
                + "%.1f s%n", generated.current().rows(ReturnTable.HEADER).size(),
                generated.current().rows(ReturnTable.EPISODES).size(),
                generated.previous().rows(ReturnTable.EPISODES).size(), generated.errors().size(), folder,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static void write(ReturnData data, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (ReturnTable table : ReturnTable.values()) {
            try (Writer writer = Files.newBufferedWriter(folder.resolve(table.fileName()), StandardCharsets.UTF_8)) {
                CsvReturnWriter.write(data, table, writer);
            }
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }
}
