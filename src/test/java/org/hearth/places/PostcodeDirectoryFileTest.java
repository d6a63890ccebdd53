package org.hearth.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hearth.places.PostcodeGrid.GridPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The postcode directory read from its file without Spring (the 903 command line): the test samples of the ONSPD
 * and the LTLA->UTLA lookup (src/test/resources/places/README.md), as plain CSV, gzip and zip.
 */
class PostcodeDirectoryFileTest {

    static final Path SAMPLE = Path.of("src/test/resources/places/onspd-sample.csv");
    static final Path LOOKUP = Path.of("src/test/resources/places/ltla-to-utla-sample.csv");
    static final List<String> WANTED = List.of("lu54qq", "HP4 3BW", "B1 1SY", "ZZ9 9ZZ", "not a postcode",
            "  mk45   2dd ");

    @TempDir
    Path dir;

    @Test
    void keepsOnlyTheWantedPostcodesWithTheUpperTierTheLookupGives() throws IOException {
        PostcodeDirectoryFile file = PostcodeDirectoryFile.read(SAMPLE, PostcodeDirectoryFile.readAuthorityLookup(
                LOOKUP), WANTED);

        assertThat(file.available()).isTrue();
        assertThat(file.lines()).isEqualTo(227);
        assertThat(file.found()).as("LU5 4QQ, HP4 3BW, B1 1SY, MK45 2DD; ZZ9 9ZZ is not in the sample").isEqualTo(4);
        assertThat(file.find("LU5 4QQ")).contains(new GridPlace("LU5 4QQ", "E06000056", 503143, 222397));
        assertThat(file.find("hp43bw").map(GridPlace::authorityCode)).as("Dacorum is in Hertfordshire")
                .contains("E10000015");
        assertThat(file.find("B1 1SY").map(GridPlace::authorityCode)).contains("E08000025");
        assertThat(file.find("MK45 2DD")).isPresent();
        assertThat(file.find("ZZ9 9ZZ")).isEmpty();
        assertThat(file.find("LU5 6HH")).as("in the file but not wanted: not kept").isEmpty();
        assertThat(file.districtsWithoutUpperTier()).isEmpty();
    }

    @Test
    void namesTheNationsOutsideEnglandAndKeepsPostcodesWithoutAGridReference() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE);
        String welsh = lines.stream().filter(l -> l.contains(",W06")).findFirst().orElseThrow().split(",")[0];
        String scottish = lines.stream().filter(l -> l.contains(",S12")).findFirst().orElseThrow().split(",")[0];
        String gridless = lines.stream().filter(l -> l.endsWith(",,")).findFirst().orElseThrow().split(",")[0];

        PostcodeDirectoryFile file = PostcodeDirectoryFile.read(SAMPLE, null, List.of(welsh, scottish, gridless));

        assertThat(file.find(welsh).map(GridPlace::authorityCode)).contains("WAL");
        assertThat(file.find(scottish).map(GridPlace::authorityCode)).contains("SCO");
        assertThat(file.find(gridless)).hasValueSatisfying(p -> assertThat(p.easting()).isNull());
    }

    @Test
    void withoutTheLookupOnlyDistrictsThatAreTheirOwnUpperTierHaveOne() throws IOException {
        PostcodeDirectoryFile file = PostcodeDirectoryFile.read(SAMPLE, null, WANTED);

        assertThat(file.find("LU5 4QQ").map(GridPlace::authorityCode)).contains("E06000056");
        assertThat(file.find("B1 1SY").map(GridPlace::authorityCode)).contains("E08000025");
        assertThat(file.find("HP4 3BW")).hasValueSatisfying(p -> {
            assertThat(p.authorityCode()).as("an E07 district: its county is in the lookup only").isNull();
            assertThat(p.easting()).isEqualTo(498644);
        });
        assertThat(file.districtsWithoutUpperTier()).containsExactly("E07000096");
    }

    @Test
    void aDistrictTheLookupDoesNotKnowHasNoAuthorityAsInHearth() throws IOException {
        String barnsley = Files.readAllLines(SAMPLE).stream().filter(l -> l.contains(",E08000038,")).findFirst()
                .orElseThrow().split(",")[0];

        PostcodeDirectoryFile file = PostcodeDirectoryFile.read(SAMPLE, PostcodeDirectoryFile.readAuthorityLookup(
                LOOKUP), List.of(barnsley));

        assertThat(file.find(barnsley)).hasValueSatisfying(p -> assertThat(p.authorityCode()).isNull());
        assertThat(file.districtsWithoutUpperTier()).containsExactly("E08000038");
    }

    @Test
    void readsTheFileGzippedOrInsideAZip() throws IOException {
        Path gz = dir.resolve("onspd.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(SAMPLE, out);
        }
        Path zip = dir.resolve("ONSPD_NOV_2025.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Documents/README.txt"));
            out.write("user guide".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("Data/multi_csv/ONSPD_NOV_2025_UK_LU.csv"));
            out.write("pcds,oslaua,oseast1m,osnrth1m\nLU5 4QQ,E06000056,1,1\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("Data/ONSPD_NOV_2025_UK.csv"));
            Files.copy(SAMPLE, out);
        }

        for (Path file : List.of(gz, zip)) {
            PostcodeDirectoryFile read = PostcodeDirectoryFile.read(file, null, WANTED);
            assertThat(read.found()).as(file.toString()).isEqualTo(4);
            assertThat(read.find("LU5 4QQ")).as("the largest .csv in the zip").contains(new GridPlace("LU5 4QQ",
                    "E06000056", 503143, 222397));
        }
    }

    @Test
    void refusesAFileWithoutTheColumnsOrAWrongLineOfAWantedPostcode() throws IOException {
        Path other = Files.writeString(dir.resolve("other.csv"), "postcode,district\nLU5 4QQ,E06000056\n");
        Path wrong = Files.writeString(dir.resolve("wrong.csv"), "pcds,oslaua,oseast1m,osnrth1m\n"
                + "LU5 4QQ,E06000056,5031x3,222397\nLU5 6HH,E06000056,,\nLU5 6HH,E06000056,499373,229683\n"
                + "B1 1SY,E08000025,abc,286440\n");

        assertThatThrownBy(() -> PostcodeDirectoryFile.read(other, null, WANTED))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::column).contains("pcds", "oseast1m"));
        assertThatThrownBy(() -> PostcodeDirectoryFile.read(wrong, null, List.of("LU5 4QQ", "LU5 6HH")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .as("B1 1SY's line is wrong too, but not wanted").containsExactly(
                                new ImportProblem(2, "oseast1m", "5031x3", "Not an easting in whole metres between 0"
                                        + " and 800000"),
                                new ImportProblem(4, "pcds", "LU5 6HH", "The same postcode as line 3")));
        assertThatThrownBy(() -> PostcodeDirectoryFile.read(dir.resolve("none.csv"), null, WANTED))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readsTheFullDirectoryFormWithEveryCellQuotedAndManyColumns() throws IOException {
        Path full = Files.writeString(dir.resolve("ONSPD_NOV_2025_UK.csv"), "\"pcd\",\"pcd2\",\"pcds\",\"dointr\","
                + "\"oscty\",\"oslaua\",\"osward\",\"usertype\",\"oseast1m\",\"osnrth1m\",\"osgrdind\"\n"
                + "\"LU5 4QQ\",\"LU5  4QQ\",\"LU5 4QQ\",\"198001\",\"E99999999\",\"E06000056\",\"E05008\",0,"
                + "503143,222397,1\n"
                + "\"HP4 3BW\",\"HP4  3BW\",\"HP4 3BW\",\"198001\",\"E10000015\",\"E07000096\",\"a,\"\"b\"\"\",0,"
                + "498644,207166,1\n"
                + "\"ZZ1 1ZZ\",\"ZZ1  1ZZ\",\"ZZ1 1ZZ\",\"198001\",\"E99999999\",\"E06000056\"\n");

        PostcodeDirectoryFile file = PostcodeDirectoryFile.read(full, PostcodeDirectoryFile.readAuthorityLookup(
                LOOKUP), List.of("LU5 4QQ", "HP4 3BW"));

        assertThat(file.lines()).isEqualTo(3);
        assertThat(file.find("LU5 4QQ")).contains(new GridPlace("LU5 4QQ", "E06000056", 503143, 222397));
        assertThat(file.find("HP4 3BW")).as("a quoted comma in a column before").contains(new GridPlace("HP4 3BW",
                "E10000015", 498644, 207166));
    }
}
