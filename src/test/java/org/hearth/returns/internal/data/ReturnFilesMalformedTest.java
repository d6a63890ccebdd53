package org.hearth.returns.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Real malformed files (src/test/resources/returns/malformed, hand-made): each is refused with the file, row and what
 * is wrong, or, where the form is unusual but right, read.
 */
class ReturnFilesMalformedTest {

    static ReturnFile malformed(String name) {
        try (InputStream in = ReturnFilesMalformedTest.class.getResourceAsStream("/returns/malformed/" + name)) {
            return new ReturnFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ReadResult read(String... names) {
        List<ReturnFile> files = new ArrayList<>();
        for (String name : names) {
            files.add(malformed(name));
        }
        return ReturnFiles.fromUploads(files);
    }

    @Test
    void windows1252WithAPoundSignIsNotUtf8() {
        assertThat(read("windows-1252.csv").problems()).containsExactly(new ReadProblem("windows-1252.csv", 0, null,
                null, "The file is not UTF-8 text: save it as UTF-8 (CSV UTF-8 in Excel) and upload it again"));
    }

    @Test
    void utf16IsRefusedWithWhatToDo() {
        assertThat(read("utf-16.csv").problems()).containsExactly(new ReadProblem("utf-16.csv", 0, null, null,
                "The file is saved as UTF-16: save it as UTF-8 (CSV UTF-8 in Excel) and upload it again"));
    }

    @Test
    void missingColumnsNameTheNearestTableAndWhatIsMissing() {
        assertThat(read("missing-columns.csv").problems()).containsExactly(new ReadProblem("missing-columns.csv", 0,
                null, null, "The columns do not match any 903 table: nearest is Episodes, missing PL_POST, URN"));
    }

    @Test
    void anUnknownTable() {
        assertThat(read("unknown-table.csv").problems()).containsExactly(new ReadProblem("unknown-table.csv", 0,
                null, null, "The columns do not match any 903 table"));
    }

    @Test
    void aFileCutShortInAQuotedValueNamesTheRowItEndsIn() {
        assertThat(read("truncated.csv").problems()).containsExactly(new ReadProblem("truncated.csv", 3, null, null,
                "The file ends part way through a value, or a quoted value is not closed: it may have been cut "
                        + "short"));
    }

    @Test
    void rowsWithTooManyOrTooFewValues() {
        assertThat(read("wrong-value-counts.csv").problems()).containsExactly(
                new ReadProblem("wrong-value-counts.csv", 3, null, null, "Has 8 values where the header has 7 "
                        + "columns"),
                new ReadProblem("wrong-value-counts.csv", 4, null, null, "Has 3 values where the header has 7 "
                        + "columns"));
    }

    @Test
    void aTableGivenTwice() {
        assertThat(read("header.csv", "header-again.csv").problems()).containsExactly(new ReadProblem(
                "header-again.csv", 0, null, null, "Has the columns of the Header table, as does header.csv: give "
                        + "each table once"));
    }

    @Test
    void anEmptyFile() {
        assertThat(read("empty.csv").problems()).containsExactly(new ReadProblem("empty.csv", 0, null, null,
                "The file is empty: a 903 file starts with a row of column names"));
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        ReadResult result = read("bom.csv");

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().first(ReturnTable.HEADER, "1").value("SEX")).isEqualTo("M");
    }

    @Test
    void lowerCaseValuesAndColumnNamesAreUpperCased() {
        ReadResult result = read("lower-case.csv");

        assertThat(result.problems()).isEmpty();
        ReturnRow row = result.data().first(ReturnTable.HEADER, "C1");
        assertThat(row.value("ETHNIC")).isEqualTo("WBRI");
        assertThat(row.value("UPN")).isEqualTo("UN1");
        assertThat(row.line()).isEqualTo(2);
    }
}
