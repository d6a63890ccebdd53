package org.hearth.returns.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing the readers of files that come from outside (issue 8): whatever the bytes, a reader returns problems and
 * never throws, and finishes promptly. In the normal build (no JAZZER_FUZZ) each target runs once over its seeds in
 * src/test/resources/org/hearth/returns/internal/data/ReturnReadersFuzzTestInputs/&lt;method&gt;/, crashes found by
 * earlier campaigns included; README, "Fuzzing the 903 readers", says how to run a campaign.
 */
class ReturnReadersFuzzTest {

    /**
     * Far more than any input the fuzzer makes needs (they are a few kilobytes): an input that takes this long is a
     * hang (a loop that never ends, or work out of all proportion to the input).
     */
    private static final long MOST_MILLIS = 5_000;

    @FuzzTest(maxDuration = "3m")
    void csv(byte[] input) {
        long started = System.nanoTime();
        ReadResult result = CsvReturnReader.read(List.of(new ReturnFile("fuzz.csv", input)));
        checked(result, started);
    }

    @FuzzTest(maxDuration = "3m")
    void xml(byte[] input) {
        long started = System.nanoTime();
        ReadResult result = XmlReturnReader.read(new ReturnFile("fuzz.xml", input));
        checked(result, started);
    }

    /** A zip as uploaded: unpacked within the limits, then its files read as CSV or XML. */
    @FuzzTest(maxDuration = "3m")
    void zip(byte[] input) {
        long started = System.nanoTime();
        ReadResult result = ReturnFiles.fromZip("fuzz.zip", input, new ReturnFiles.Limits(20, 4L * 1024 * 1024));
        checked(result, started);
    }

    private static void checked(ReadResult result, long started) {
        assertThat(result).isNotNull();
        assertThat(result.data()).isNotNull();
        for (ReadProblem problem : result.problems()) {
            assertThat(problem.message()).isNotBlank();
            assertThat(problem.row()).isNotNegative();
        }
        // a row's values are read as the rules will read them: nothing there may throw either
        for (ReturnTable table : result.data().tables()) {
            for (ReturnRow row : result.data().rows(table)) {
                for (String column : table.columns()) {
                    row.value(column);
                    row.date(column);
                    row.integer(column);
                }
            }
            result.data().byChild(table);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("reading one fuzzed input").isLessThan(MOST_MILLIS);
    }
}
