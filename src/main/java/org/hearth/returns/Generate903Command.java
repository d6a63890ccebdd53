package org.hearth.returns;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hearth.returns.internal.data.CsvReturnWriter;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.synthetic.DeliberateError;
import org.hearth.returns.internal.synthetic.SyntheticReturn;
import org.hearth.returns.internal.synthetic.SyntheticReturns;

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

    /**
     * @param args the arguments after the command's name
     * @return the process exit code: 0 written, 2 bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args[0].startsWith("--")) {
            err.println("Usage: generate-903 FOLDER [--children 50000] [--year 2027] [--errors 0.02] [--seed 1] "
                    + "[--id-prefix B]");
            return 2;
        }
        Path folder = Path.of(args[0]);
        int children = 50_000;
        int year = 2027;
        double errors = 0.02;
        long seed = 1;
        String idPrefix = "";
        try {
            for (int i = 1; i < args.length; i += 2) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--children" -> children = Integer.parseInt(value);
                    case "--year" -> year = Integer.parseInt(value);
                    case "--errors" -> errors = Double.parseDouble(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--id-prefix" -> idPrefix = value;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("generate-903: " + e.getMessage());
            return 2;
        }
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
