package org.hearth.returns.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlReturnReaderTest {

    static byte[] resource(String path) throws IOException {
        try (InputStream in = XmlReturnReaderTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static ReadResult read(String xml) {
        return XmlReturnReader.read(new ReturnFile("return.xml", xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryTableTheFormHoldsWithTheDateOfBirthOnEachRow() throws IOException {
        ReadResult result = XmlReturnReader.read(new ReturnFile("two-children.xml",
                resource("/returns/xml/two-children.xml")));

        assertThat(result.problems()).isEmpty();
        ReturnData data = result.data();
        ReturnRow header = data.first(ReturnTable.HEADER, "C1");
        assertThat(header.value("SEX")).as("upper-cased").isEqualTo("M");
        assertThat(header.value("UPN")).isEqualTo("A123456789012");
        assertThat(header.value("UASC")).isEqualTo("1");
        assertThat(header.line()).isEqualTo(4);
        assertThat(data.first(ReturnTable.HEADER, "C2").value("UASC")).isEqualTo("0");

        ReturnRow uasc = data.first(ReturnTable.UASC, "C1");
        assertThat(uasc.value("SEX")).isEqualTo("M");
        assertThat(uasc.value("DOB")).isEqualTo("01/06/2010");
        assertThat(uasc.value("DUC")).isEqualTo("01/06/2028");
        assertThat(data.of(ReturnTable.UASC, "C2")).as("UASC 0: no UASC row").isEmpty();

        assertThat(data.first(ReturnTable.OC3, "C1").value("ACCOM")).isEqualTo("S2");
        assertThat(data.of(ReturnTable.OC3, "C2")).isEmpty();
        assertThat(data.first(ReturnTable.AD1, "C2").value("SEX_ADOPTR")).isEqualTo("MF");
        assertThat(data.first(ReturnTable.AD1, "C2").value("DOB")).isEqualTo("15/01/2020");
        assertThat(data.of(ReturnTable.AD1, "C1")).isEmpty();

        assertThat(data.of(ReturnTable.MISSING, "C1")).singleElement()
                .satisfies(m -> assertThat(m.value("MIS_END")).isEqualTo("03/05/2026"));
        assertThat(data.of(ReturnTable.REVIEWS, "C1")).extracting(r -> r.value("REVIEW_CODE"))
                .containsExactly("PN1", "PN2");
        assertThat(data.first(ReturnTable.REVIEWS, "C1").value("DOB")).isEqualTo("01/06/2010");
        assertThat(data.first(ReturnTable.PREV_PERM, "C1").value("PREV_PERM")).isEqualTo("Z1");
        assertThat(data.first(ReturnTable.OC2, "C1").value("SDQ_SCORE")).isEqualTo("12");
        assertThat(data.first(ReturnTable.PLACED_ADOPTION, "C2").value("DATE_PLACED")).isEqualTo("01/12/2025");

        List<ReturnRow> episodes = data.of(ReturnTable.EPISODES, "C1");
        assertThat(episodes).extracting(e -> e.value("PLACE")).containsExactly("U1", "U3");
        assertThat(episodes.get(0).value("PL_POST")).isEqualTo("TW9 1AA");
        assertThat(episodes.get(0).value("REASON_PLACE_CHANGE")).isEqualTo("CARPL");
        assertThat(data.first(ReturnTable.SW_EPISODES, "C1").value("SW_ID")).isEqualTo("SW42");
        assertThat(data.first(ReturnTable.DOLO, "C1").value("DOLO_START")).isEqualTo("05/05/2026");
        assertThat(data.first(ReturnTable.DOLO, "C1").value("DOB")).isEqualTo("01/06/2010");

        assertThat(data.has(ReturnTable.UASC)).isTrue();
        assertThat(data.source(ReturnTable.HEADER)).isEqualTo("two-children.xml");
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedNotResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        ReadResult result = read("<?xml version=\"1.0\"?>\n<!DOCTYPE EXPSSDA903 [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n<EXPSSDA903><CHILD><HEADER><CHILDID>&xxe;</CHILDID></HEADER></CHILD>"
                + "</EXPSSDA903>");

        assertThat(result.ok()).isFalse();
        assertThat(result.problems().get(0).message()).contains("DOCTYPE");
        assertThat(result.data().rows(ReturnTable.HEADER)).isEmpty();
        assertThat(result.problems().toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void unknownElementsAreReportedWithTheirLineAndTheRestIsRead() {
        ReadResult result = read("""
                <EXPSSDA903>
                  <CHILD>
                    <HEADER>
                      <CHILDID>C1</CHILDID>
                      <NICKNAME>Sam</NICKNAME>
                    </HEADER>
                    <PLACEMENT><X>1</X></PLACEMENT>
                  </CHILD>
                </EXPSSDA903>
                """);

        assertThat(result.problems()).extracting(ReadProblem::row, ReadProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "NICKNAME"), org.assertj.core.groups.Tuple.tuple(7,
                        "PLACEMENT"));
        assertThat(result.problems().get(0).message()).contains("NICKNAME is not an element of the 903 XML form");
        assertThat(result.data().first(ReturnTable.HEADER, "C1")).isNotNull();
    }

    @Test
    void aCutShortFileIsAProblemWithItsLine() {
        ReadResult result = read("<EXPSSDA903>\n<CHILD>\n<HEADER>\n<CHILDID>C1</CHI");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("return.xml");
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.message()).startsWith("The file is not well-formed XML");
        });
    }

    @Test
    void anotherKindOfXmlIsNotAReturn() {
        ReadResult result = read("<html><body/></html>");

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains(
                "outer element is html"));
    }

    @Test
    void aChildWithoutAHeaderIsReported() {
        ReadResult result = read("<EXPSSDA903>\n<CHILD>\n<EPISODE><DECOM>01/04/2026</DECOM></EPISODE>\n</CHILD>"
                + "</EXPSSDA903>");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.message()).contains("no HEADER");
        });
    }

    @Test
    void writingThenReadingGivesTheSameData() throws IOException {
        ReturnData original = XmlReturnReader.read(new ReturnFile("two-children.xml",
                resource("/returns/xml/two-children.xml"))).data();

        byte[] written = XmlReturnWriter.write(original);
        ReadResult again = XmlReturnReader.read(new ReturnFile("again.xml", written));

        assertThat(again.problems()).isEmpty();
        for (ReturnTable table : ReturnTable.values()) {
            assertThat(values(again.data(), table)).as(table.dfeName()).isEqualTo(values(original, table));
        }
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("<PL>U1</PL>", "<SWEPISODE>");
    }

    @Test
    void aCsvReturnWrittenAsXmlReadsBackTheSame() {
        ReadResult csv = CsvReturnReader.read(List.of(
                new ReturnFile("header.csv", ("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
                        + "1,F,01/01/2008,WBRI,UN1,1,01/02/2025\n2,M,01/01/2012,BAFR,UN2,,\n")
                        .getBytes(StandardCharsets.UTF_8)),
                new ReturnFile("uasc.csv", "CHILD,SEX,DOB,DUC\n2,M,01/01/2012,01/01/2030\n"
                        .getBytes(StandardCharsets.UTF_8)),
                new ReturnFile("episodes.csv", ("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
                        + "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                        + "1,01/04/2026,S,C2,N1,U1,PR1,,,,TW1 1AA,TW9 1AA,SC123456\n"
                        + "2,01/05/2026,S,V2,N4,K2,PR2,,,,,,\n").getBytes(StandardCharsets.UTF_8))));
        assertThat(csv.problems()).isEmpty();

        ReadResult xml = XmlReturnReader.read(new ReturnFile("r.xml", XmlReturnWriter.write(csv.data())));

        assertThat(xml.problems()).isEmpty();
        for (ReturnTable table : List.of(ReturnTable.EPISODES, ReturnTable.UASC)) {
            assertThat(values(xml.data(), table)).as(table.dfeName()).isEqualTo(values(csv.data(), table));
        }
        assertThat(xml.data().first(ReturnTable.HEADER, "2").value("UASC")).isEqualTo("1");
        assertThat(xml.data().first(ReturnTable.HEADER, "1").value("MC_DOB")).isEqualTo("01/02/2025");
    }

    static List<List<String>> values(ReturnData data, ReturnTable table) {
        return data.rows(table).stream().map(r -> Arrays.asList(r.values()).subList(0, table.fileColumns().size()))
                .toList();
    }
}
