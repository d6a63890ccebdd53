package org.hearth.returns.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnFilesTest {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2015,WBRI,UN1,,\n";
    static final String UASC = "CHILD,SEX,DOB,DUC\n1,M,01/01/2015,01/01/2033\n";

    static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                String name = (String) namesAndContents[i];
                zip.putNextEntry(new ZipEntry(name));
                Object content = namesAndContents[i + 1];
                if (content != null) {
                    zip.write(content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static ReturnFile file(String name, String content) {
        return new ReturnFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFolderOfCsvFilesPassingOverHiddenFilesAndSubfolders(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.csv"), HEADER);
        Files.writeString(dir.resolve("two.txt"), UASC);
        Files.writeString(dir.resolve(".DS_Store"), "junk");
        Files.createDirectory(dir.resolve("old"));
        Files.writeString(dir.resolve("old/header.csv"), HEADER);

        ReadResult result = ReturnFiles.fromPath(dir);

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().tables()).containsExactlyInAnyOrder(ReturnTable.HEADER, ReturnTable.UASC);
        assertThat(result.data().source(ReturnTable.UASC)).isEqualTo("two.txt");
    }

    @Test
    void aZipPassingOverFoldersMacResourceForksAndDotFiles() throws IOException {
        byte[] zip = zip("return/", null, "return/header.csv", HEADER, "__MACOSX/return/._header.csv",
                new byte[] {0, 5, 22, 7, (byte) 0xFF}, "return/.hidden.csv", "not,a,table\n", "return/uasc.csv", UASC);

        ReadResult result = ReturnFiles.fromZip("return.zip", zip);

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().source(ReturnTable.HEADER)).isEqualTo("return/header.csv");
        assertThat(result.data().rows(ReturnTable.UASC)).hasSize(1);
    }

    @Test
    void uploadsMayMixFilesAndZipsOfCsv() throws IOException {
        ReadResult result = ReturnFiles.fromUploads(List.of(file("header.csv", HEADER),
                new ReturnFile("more.zip", zip("uasc.csv", UASC))));

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().tables()).containsExactlyInAnyOrder(ReturnTable.HEADER, ReturnTable.UASC);
    }

    @Test
    void csvAndXmlAreNeverMixed() throws IOException {
        ReadResult result = ReturnFiles.fromUploads(List.of(file("return.xml", "<EXPSSDA903/>"),
                new ReturnFile("csv.zip", zip("header.csv", HEADER))));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("header.csv");
            assertThat(p.message()).isEqualTo("The files mix XML (return.xml) and CSV (header.csv): give the return "
                    + "as CSV files or as one XML file, not both");
        });
        assertThat(result.data().size()).isZero();
    }

    @Test
    void anXmlReturnInAZip() throws IOException {
        ReadResult result = ReturnFiles.fromZip("r.zip", zip("r/return.xml", "<EXPSSDA903><CHILD><HEADER><CHILDID>7"
                + "</CHILDID></HEADER></CHILD></EXPSSDA903>"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().first(ReturnTable.HEADER, "7")).isNotNull();
    }

    @Test
    void anEmptyUploadIsRefused() throws IOException {
        assertThat(ReturnFiles.fromUploads(List.of()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("No files were given"));
        assertThat(ReturnFiles.fromUploads(List.of(new ReturnFile("", new byte[0]))).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("No files were given"));
        assertThat(ReturnFiles.fromZip("empty.zip", zip()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("The zip is empty or is not a zip"));
        assertThat(ReturnFiles.fromZip("only-folders.zip", zip("a/", null, "__MACOSX/", null)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("No files were given"));
    }

    @Test
    void aZipBombIsRefusedByTheBytesItUnpacksTo() throws IOException {
        // 64 MB of zeros compresses to about 64 KB
        byte[] zeros = new byte[64 * 1024 * 1024];
        byte[] bomb = zip("header.csv", zeros);
        assertThat(bomb.length).isLessThan(200_000);

        ReadResult result = ReturnFiles.fromZip("bomb.zip", bomb, new ReturnFiles.Limits(100, 16L * 1024 * 1024));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bomb.zip");
            assertThat(p.message()).isEqualTo("The zip unpacks to more than 16 MB: that is more than a 903 return "
                    + "holds, so it was not read");
        });
    }

    @Test
    void aZipOfTooManyEntriesIsRefused() throws IOException {
        Object[] entries = new Object[2 * 150];
        for (int i = 0; i < 150; i++) {
            entries[2 * i] = "f" + i + ".csv";
            entries[2 * i + 1] = "";
        }

        ReadResult result = ReturnFiles.fromZip("many.zip", zip(entries));

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("The zip has more than 100 entries: a 903 return has twelve tables, so it was not read"));
    }

    @Test
    void aZipInsideAZipOrADamagedZipIsRefused() throws IOException {
        assertThat(ReturnFiles.fromZip("nested.zip", zip("inner.zip", zip("header.csv", HEADER))).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("A zip inside a zip"));
        byte[] whole = zip("header.csv", HEADER + HEADER + HEADER);
        byte[] cut = java.util.Arrays.copyOf(whole, 40);
        assertThat(ReturnFiles.fromZip("cut.zip", cut).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("The zip could not be read"));
    }
}
