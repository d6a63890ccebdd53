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

    static final Path ONSPD_SAMPLE = Path.of("src/test/resources/places/onspd-sample.csv");
    static final Path LOOKUP_SAMPLE = Path.of("src/test/resources/places/ltla-to-utla-sample.csv");

    /**
     * Child 1 lives in Central Bedfordshire (LU5 4QQ) and is placed in Dacorum, Hertfordshire (HP4 3BW); child 2 is
     * UASC, with postcodes in the sample (planted: a UASC child's distance should be blank, 406); child 3's placement
     * postcode is well formed but in no directory (planted: no placement authority, 169).
     */
    private Path returnWithPostcodes() throws IOException {
        Path folder = folder("postcodes", "1,M,01/06/2012,WBRI,A123456789012,,\n2,M,01/06/2010,WBRI,UN2,,\n"
                + "3,F,01/06/2011,WBRI,A123456789014,,\n",
                "1,01/04/2026,S,C2,N1,U1,PR1,,,,LU5 4QQ,HP4 3BW,\n2,01/04/2026,S,C2,N1,U1,PR1,,,,LU5 6HH,MK45 2DD,\n"
                        + "3,01/04/2026,S,C2,N1,U1,PR1,,,,LU5 4QQ,LU5 9ZZ,\n");
        Files.writeString(folder.resolve("uasc.csv"), "CHILD,SEX,DOB,DUC\n2,M,01/06/2010,01/06/2028\n");
        return folder;
    }

    @Test
    void derivesThePlacementFieldsFromThePostcodeDirectoryFile() throws IOException {
        Path folder = returnWithPostcodes();
        org.hearth.returns.internal.data.ReturnData data = org.hearth.returns.internal.data.ReturnFiles
                .fromPath(folder).data();

        org.hearth.returns.internal.validation.ReturnUnderValidation.derived(CollectionYear.supported("2027"), data,
                null, org.hearth.returns.internal.check.DirectoryPostcodes.over(
                        org.hearth.places.PostcodeDirectoryFile.read(ONSPD_SAMPLE,
                                org.hearth.places.PostcodeDirectoryFile.readAuthorityLookup(LOOKUP_SAMPLE),
                                Validate903Command.mentionedPostcodes(data, null))), "E06000056");

        var episode = data.first(org.hearth.returns.internal.data.ReturnTable.EPISODES, "1");
        assertThat(episode.value("PL_LA")).as("Dacorum's upper tier").isEqualTo("E10000015");
        assertThat(episode.value("PL_LOCATION")).isEqualTo("OUT");
        // (503143, 222397) to (498644, 207166): 15,881.6 m / 1000 / 1.6093
        assertThat(episode.value("PL_DISTANCE")).isEqualTo("9.9");
        var unknown = data.first(org.hearth.returns.internal.data.ReturnTable.EPISODES, "3");
        assertThat(unknown.value("PL_LA")).isNull();
    }

    @Test
    void withPostcodesTheRulesReadingTheDerivedFieldsFindThePlantedErrors() throws IOException {
        Path folder = returnWithPostcodes();
        Path without = dir.resolve("without.csv");
        Path with = dir.resolve("with.csv");

        run(folder.toString(), "--year", "2027", "--out", without.toString(), "--la", "E06000056");
        int status = run(folder.toString(), "--year", "2027", "--out", with.toString(), "--la", "E06000056",
                "--postcodes", ONSPD_SAMPLE.toString(), "--la-lookup", LOOKUP_SAMPLE.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Validate903Command.FINDINGS);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(with)).getRecords();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("child_id")).isEqualTo("2");
            assertThat(r.get("rule_code")).isEqualTo("406");
            assertThat(r.get("fields")).isEqualTo("PL_DISTANCE");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("child_id")).isEqualTo("3");
            assertThat(r.get("rule_code")).isEqualTo("169");
            assertThat(r.get("row")).isEqualTo("4");
        });
        assertThat(rows).noneSatisfy(r -> {
            assertThat(r.get("rule_code")).isIn("169", "179", "392a", "392c");
            assertThat(r.get("child_id")).isIn("1", "2");
        });
        assertThat(Files.readString(without)).as("without the directory the fields stay blank")
                .doesNotContain(",406,", ",169,");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("4 postcodes found in 227 directory lines");
    }

    @Test
    void withoutTheLookupOrTheCouncilSaysWhatCouldNotBeDerived() throws IOException {
        Path folder = returnWithPostcodes();
        Path issues = dir.resolve("issues.csv");

        int status = run(folder.toString(), "--year", "2027", "--out", issues.toString(), "--postcodes",
                ONSPD_SAMPLE.toString());

        assertThat(status).isEqualTo(Validate903Command.FINDINGS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no placement authority (PL_LA) for postcodes in "
                + "E07000096", "--la-lookup", "without --la");
        // child 1's placement (Dacorum, an E07 district) has no authority without the lookup: 169 finds it
        assertThat(Files.readString(issues)).contains("1,169,Episodes,2,");
    }

    @Test
    void exitsTwoNamingTheOptionWhenThePostcodeFileIsMissingOrNotADirectory() throws IOException {
        Path folder = returnWithPostcodes();
        Path issues = dir.resolve("issues.csv");

        assertThat(run(folder.toString(), "--year", "2027", "--out", issues.toString(), "--postcodes",
                dir.resolve("onspd.csv").toString())).isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--postcodes: there is no file");
        assertThat(issues).doesNotExist();

        err.reset();
        Path notOnspd = Files.writeString(dir.resolve("postcodes.csv"), "postcode,la\nLU5 4QQ,E06000056\n");
        assertThat(run(folder.toString(), "--year", "2027", "--out", issues.toString(), "--postcodes",
                notOnspd.toString())).isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--postcodes postcodes.csv line 1, pcds: The header has "
                + "no column called pcds", "nothing was validated");
        assertThat(issues).doesNotExist();

        err.reset();
        assertThat(run(folder.toString(), "--year", "2027", "--out", issues.toString(), "--postcodes",
                ONSPD_SAMPLE.toString(), "--la-lookup", ONSPD_SAMPLE.toString()))
                .isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--la-lookup onspd-sample.csv");

        err.reset();
        assertThat(run(folder.toString(), "--year", "2027", "--out", issues.toString(), "--la-lookup",
                LOOKUP_SAMPLE.toString())).isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--la-lookup is read with --postcodes");
    }

    @Test
    void namesAMistypedOrEmptyOptionAndShowsTheHelpWhenAsked() {
        assertThat(run(dir.toString(), "--yaer", "2027", "--out", "x.csv")).isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("validate-903: Unknown option", "'--yaer'",
                "Usage: validate-903 FOLDER|ZIP --year=YEAR --out=FILE");

        err.reset();
        assertThat(run(dir.toString(), "--year", "--out", "x.csv")).isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'--year'");

        err.reset();
        assertThat(run(dir.toString(), "--year=2027")).isEqualTo(Validate903Command.NOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out missing");

        assertThat(run("--help")).isEqualTo(Validate903Command.NO_FINDINGS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--postcodes=ONSPD", "--la-lookup=LOOKUP",
                "Exit status:", "2   the input could not be read");
    }
}
