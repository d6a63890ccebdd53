package org.hearth.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlacesImportsTest extends IntegrationTest {

    @Autowired
    PlacesImports imports;
    @Autowired
    Residences residences;

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = PlacesImportsTest.class.getResourceAsStream("/places/" + name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsTheSampleDirectoryWithItsCentroids() throws IOException {
        imports.importAuthorityLookup(data.currentUser(data.admin), new ByteArrayInputStream(
                sample("ltla-to-utla-sample.csv")), "ltla.csv");
        ImportResult result = imports.importPostcodeDirectory(data.currentUser(data.admin), new ByteArrayInputStream(
                sample("onspd-sample.csv")), "onspd.csv");
        assertThat(result.rows()).isEqualTo(227);
        assertThat(data.count("postcode")).isEqualTo(227);
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM postcode WHERE district_code IS NULL",
                Long.class)).as("stored as unknown").isEqualTo(3);
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM postcode WHERE easting IS NULL",
                Long.class)).isEqualTo(5);
        Double easting = data.ownerJdbc().queryForObject(
                "SELECT centroid_easting FROM local_authority WHERE code = 'E06000056'", Double.class);
        Double mean = data.ownerJdbc().queryForObject(
                "SELECT avg(easting) FROM postcode WHERE district_code = 'E06000056'", Double.class);
        assertThat(easting).isEqualTo(mean);
        assertThat(data.ownerJdbc().queryForObject("SELECT postcodes_with_grid FROM local_authority "
                + "WHERE code = 'E10000015'", Integer.class)).as("Hertfordshire's three districts").isEqualTo(40);
        assertThat(imports.lastImport(PlacesImports.POSTCODE_DIRECTORY).orElseThrow().outcome()).isEqualTo("IMPORTED");
    }

    @Test
    void readsGzipAByteOrderMarkAndColumnsInAnyOrderAmongOthers() throws IOException {
        String content = "\ufeffpcd,osnrth1m,extra,OSLAUA,oseast1m,pcds\n"
                + "LU54QQ,222397,\"a, quoted cell\",E06000056,503143,lu5 4qq\n"
                + "B11SY,286513,x,E08000025,406419,B1 1SY\r\n";
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(imports.importPostcodeDirectory(null, new ByteArrayInputStream(zipped.toByteArray()), "x.csv.gz")
                .rows()).isEqualTo(2);
        assertThat(data.ownerJdbc().queryForList("SELECT postcode || ' ' || district_code || ' ' || easting || ' ' "
                + "|| northing FROM postcode ORDER BY 1", String.class))
                .containsExactly("B1 1SY E08000025 406419 286513", "LU5 4QQ E06000056 503143 222397");
    }

    @Test
    void aMalformedRowRefusesTheWholeFileNamingItsLine() throws IOException {
        data.postcodeSample();
        String bad = "pcds,oslaua,oseast1m,osnrth1m\nLU5 4QQ,E06000056,503143,222397\nLU5 4QZ,E06000056,503143,222397\n"
                + "QQQQQQ,E06000056,1,2\nB1 1SY,E08000025,40641x,286513\nB1 1SZ,E08000025,406419,\n"
                + "LU5 4QQ,E06000056,503143,222397\n";
        assertThatThrownBy(() -> imports.importPostcodeDirectory(data.currentUser(data.admin), text(bad), "bad.csv"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.problemCount()).isEqualTo(4);
                    assertThat(e.problems()).extracting(ImportProblem::row, ImportProblem::column)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "pcds"),
                                    org.assertj.core.groups.Tuple.tuple(5L, "oseast1m"),
                                    org.assertj.core.groups.Tuple.tuple(6L, "osnrth1m"),
                                    org.assertj.core.groups.Tuple.tuple(7L, "pcds"));
                    assertThat(e.problems().get(0).value()).isEqualTo("QQQQQQ");
                });
        assertThat(data.count("postcode")).as("the sample is untouched").isEqualTo(227);
        assertThat(residences.of("B1 1SY").status()).isEqualTo(ResidenceStatus.OUT_OF_AREA);
        var refused = imports.lastImport(PlacesImports.POSTCODE_DIRECTORY).orElseThrow();
        assertThat(refused.outcome()).isEqualTo("REFUSED");
        assertThat(refused.problems()).hasSize(4);
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> imports.importPostcodeDirectory(null, text("pcds,oslaua,oseast1m\nLU5 4QQ,E06000056,1\n"),
                "x")).isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::column).containsExactly("osnrth1m"));
        assertThatThrownBy(() -> imports.importAuthorityLookup(null, text("FID,LTLA21CD,LTLA21NM,UTLA21CD\n"), "x"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::column).containsExactly("UTLAyyNM"));
    }

    @Test
    void reImportingReplacesTheDirectory() throws IOException {
        data.postcodeSample();
        assertThat(residences.of("LU5 4QQ").status()).isEqualTo(ResidenceStatus.IN_HOME_AREA);
        imports.importPostcodeDirectory(null, text("pcds,oslaua,oseast1m,osnrth1m\nB1 1SY,E08000025,406419,286513\n"),
                "small.csv");
        assertThat(data.count("postcode")).isEqualTo(1);
        assertThat(residences.of("LU5 4QQ").status()).isEqualTo(ResidenceStatus.UNKNOWN_POSTCODE);
        assertThat(residences.of("B1 1SY").milesFromHome()).as("no home centroid without home postcodes").isNull();
    }

    @Test
    void theLookupRefusesARowThatBreaksTheRulesAndKeepsWhatWasThere() throws IOException {
        data.postcodeSample();
        String bad = "FID,LTLA21CD,LTLA21NM,UTLA21CD,UTLA21NM\n1,E06000056,Central Bedfordshire,E10000015,Hertfordshire\n"
                + "2,E07000096,Dacorum,E06000056,Central Bedfordshire\n3,S12000036,Edinburgh,S12000036,Edinburgh\n";
        assertThatThrownBy(() -> imports.importAuthorityLookup(null, text(bad), "bad.csv"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2L, "UTLA21CD"),
                                org.assertj.core.groups.Tuple.tuple(3L, "UTLA21CD"),
                                org.assertj.core.groups.Tuple.tuple(4L, "LTLA21CD")));
        assertThat(residences.of("HP4 3BW").authority().name()).isEqualTo("Hertfordshire");
        assertThat(data.count("local_authority_district")).isEqualTo(16);
    }
}
