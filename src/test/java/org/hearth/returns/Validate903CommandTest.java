package org.hearth.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line check, run through its entry point on files in a temporary folder (no new process, no Spring). */
class Validate903CommandTest {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Validate903Command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path folder(String name, String header, String episodes) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("header.csv"), HEADER + header);
        Files.writeString(folder.resolve("episodes.csv"), EPISODES + episodes);
        return folder;
    }

    @Test
    void writesOneRowPerFindingAndExitsOneWhenThereAreFindings() throws IOException {
        Path folder = folder("return", "1,M,01/06/2015,WBRI,A123456789012,,\n2,X,01/06/2014,WBRI,"
                + "A123456789013,,\n3,F,31/02/2013,WBRI,A123456789014,,\n",
                "1,01/03/2027,S,C2,N1,U1,PR1,,,,TW1 1AA,TW9 1AA,\n");
        Path issues = dir.resolve("out/issues.csv");

        int status = run(folder.toString(), "--year", "2027", "--out", issues.toString(), "--la", "E09000027");

        assertThat(status).isEqualTo(Validate903Command.FINDINGS);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(issues)).getRecords();
        assertThat(Files.readAllLines(issues).get(0)).isEqualTo("child_id,rule_code,table,row,fields,message");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("child_id")).isEqualTo("2");
            assertThat(r.get("rule_code")).isEqualTo("101");
            assertThat(r.get("table")).isEqualTo("Header");
            assertThat(r.get("row")).as("spreadsheet row: header is row 1").isEqualTo("3");
            assertThat(r.get("fields")).isEqualTo("SEX");
            assertThat(r.get("message")).isEqualTo("The child or young person’s reported sex is not valid.");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("child_id")).isEqualTo("3");
            assertThat(r.get("rule_code")).isEqualTo("102");
            assertThat(r.get("row")).isEqualTo("4");
        });
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("3 children", "4 rows", rows.size() + " findings", "rules run");
        assertThat(summary.lines()).hasSize(1);
    }

    @Test
    void exitsZeroWithAHeaderRowOnlyWhenNothingIsFound() throws IOException {
        // tables with no rows: no rule has a child or a row to find anything on, whatever rules there are
        Path folder = folder("clean", "", "");
        Path issues = dir.resolve("issues.csv");

        int status = run(folder.toString(), "--year", "2027", "--out", issues.toString());

        assertThat(Files.readString(issues)).as(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("child_id,rule_code,table,row,fields,message\r\n");
        assertThat(status).isEqualTo(Validate903Command.NO_FINDINGS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 children, 0 rows, 0 findings");
    }

    @Test
    void readsAZipAndLastYearsFolder() throws IOException {
        Path zip = dir.resolve("return.zip");
        try (ZipOutputStream stream = new ZipOutputStream(Files.newOutputStream(zip))) {
            stream.putNextEntry(new ZipEntry("header.csv"));
            stream.write((HEADER + "1,Q,01/06/2015,WBRI,A123456789012,,\n").getBytes(StandardCharsets.UTF_8));
            stream.putNextEntry(new ZipEntry("__MACOSX/._header.csv"));
            stream.write(new byte[] {0, 5, 22, 7});
        }
        Path previous = folder("last", "1,M,01/06/2015,WBRI,A123456789012,,\n", "");
        Path issues = dir.resolve("issues.csv");

        int status = run(zip.toString(), "--year", "2026", "--previous", previous.toString(), "--out",
                issues.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Validate903Command.FINDINGS);
        assertThat(Files.readString(issues)).contains("1,101,Header,2,SEX,");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2025-26", "1 children");
    }

    @Test
    void exitsTwoAndSaysWhereWhenTheFilesCannotBeRead() throws IOException {
        Path folder = folder("broken", "1,M,01/06/2015\n", "");
        Path issues = dir.resolve("issues.csv");

        int status = run(folder.toString(), "--year", "2027", "--out", issues.toString());

        assertThat(status).isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("header.csv row 2: Has 3 values where the header "
                + "has 7 columns", "nothing was validated");
        assertThat(issues).doesNotExist();
    }

    @Test
    void exitsTwoWithTheUsageWhenTheArgumentsAreWrong() {
        assertThat(run(dir.toString(), "--year", "2019", "--out", "x.csv")).isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("2026 or 2027", "Usage:");
        assertThat(run(dir.toString(), "--year", "2027")).isEqualTo(Validate903Command.NOT_READ);
        assertThat(run("--year", "2027", "--out", "x.csv")).isEqualTo(Validate903Command.NOT_READ);
        assertThat(run(dir.resolve("nowhere").toString(), "--year", "2027", "--out", dir.resolve("x.csv")
                .toString())).isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no file or folder");
    }
}
