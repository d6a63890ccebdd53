package org.hearth.returns.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.CsvReturnReader;
import org.hearth.returns.internal.data.ReadResult;
import org.hearth.returns.internal.data.ReturnFile;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.Finding;
import org.hearth.returns.internal.validation.Findings;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.RuleSet;
import org.hearth.returns.internal.validation.PostcodeFacts;
import org.hearth.returns.internal.validation.ReturnUnderValidation;
import org.hearth.returns.internal.validation.ReturnValidator;
import org.hearth.returns.internal.validation.ValidationResult;

/**
 * Benchmark for bench/validate-903.sh (not a test): reads a generated return (and last year's) from CSV, then validates
 * it several times, reporting the time to read, the first (cold) and later (warm) validations, the heap's peak and the
 * findings per rule. Usage: ValidationBenchmark CURRENT_FOLDER [PREVIOUS_FOLDER|-] YEAR REPEATS
 */
public final class ValidationBenchmark {

    public static void main(String[] args) throws IOException {
        Path current = Path.of(args[0]);
        Path previous = "-".equals(args[1]) ? null : Path.of(args[1]);
        CollectionYear year = new CollectionYear(Integer.parseInt(args[2]));
        int repeats = Integer.parseInt(args[3]);

        long started = System.nanoTime();
        ReadResult read = read(current);
        ReadResult last = previous == null ? null : read(previous);
        if (!read.ok() || (last != null && !last.ok())) {
            System.err.println("Could not read: " + read.problems() + (last == null ? "" : last.problems()));
            System.exit(2);
        }
        double readSeconds = (System.nanoTime() - started) / 1e9;
        List<Double> seconds = new ArrayList<>();
        ValidationResult result = null;
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            // each run derives and validates as a fresh upload would, on rows already read
            result = ReturnValidator.validate(ReturnUnderValidation.derived(year, read.data(),
                    last == null ? null : last.data(), PostcodeFacts.NONE, "E09000027"));
            seconds.add((System.nanoTime() - t) / 1e9);
        }
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding f : result.findings()) {
            byRule.merge(f.ruleCode(), 1, Integer::sum);
        }
        List<Double> warm = seconds.size() > 1 ? seconds.subList(1, seconds.size()) : seconds;
        double[] sorted = warm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("children %d, episodes %d, last year's episodes %d%n",
                read.data().rows(ReturnTable.HEADER).size(), read.data().rows(ReturnTable.EPISODES).size(),
                last == null ? 0 : last.data().rows(ReturnTable.EPISODES).size());
        System.out.printf("read CSV: %.2f s%n", readSeconds);
        System.out.printf("validate: first %.2f s, then median %.2f s, worst %.2f s over %d runs%n", seconds.get(0),
                sorted[sorted.length / 2], sorted[sorted.length - 1], warm.size());
        System.out.printf("rules run %d, not run %d, findings %d%n", result.rulesRun().size(),
                result.rulesNotRun().size(), result.findings().size());
        System.out.printf("heap peak %.0f MB (max %d MB)%n", heapPeakMb(),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        System.out.println("findings per rule: " + byRule);
        // each rule alone, one thread, warm: where the time goes
        ReturnUnderValidation data = new ReturnUnderValidation(year, read.data(), last == null ? null : last.data(),
                "E09000027");
        List<Map.Entry<String, Double>> perRule = new ArrayList<>();
        for (ReturnRule rule : RuleSet.forYear(year)) {
            long t = System.nanoTime();
            rule.check(data, new Findings(rule.definition()));
            perRule.add(Map.entry(rule.code(), (System.nanoTime() - t) / 1e6));
        }
        perRule.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        System.out.printf("one thread, all rules: %.0f ms; slowest: %s%n",
                perRule.stream().mapToDouble(Map.Entry::getValue).sum(), perRule.subList(0, 12).stream()
                        .map(e -> String.format("%s %.0f ms", e.getKey(), e.getValue())).toList());
    }

    private static ReadResult read(Path folder) throws IOException {
        List<ReturnFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                files.add(new ReturnFile(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return CsvReturnReader.read(files);
    }

    private static double heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1024.0 / 1024.0;
    }

    private ValidationBenchmark() {
    }
}
