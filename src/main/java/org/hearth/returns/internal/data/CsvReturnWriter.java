package org.hearth.returns.internal.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a return as the DfE's CSV set: one file per table, the file columns in the usual order, UTF-8 without a byte
 * order mark, CRLF line ends (RFC 4180). Derived fields are not written: the DfE derives its own.
 */
public final class CsvReturnWriter {

    private CsvReturnWriter() {
    }

    /** One table as CSV text. */
    public static void write(ReturnData data, ReturnTable table, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(table.fileColumns());
            int columns = table.fileColumns().size();
            for (ReturnRow row : data.rows(table)) {
                String[] values = row.values();
                Object[] cells = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    cells[i] = values[i] == null ? "" : values[i];
                }
                printer.printRecord(cells);
            }
        }
    }

    /** Every table the return has (those supplied, even if empty), as a zip of CSV files. */
    public static byte[] zip(ReturnData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ReturnTable table : ReturnTable.values()) {
                if (!data.has(table)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(table.fileName()));
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                write(data, table, new NonClosingWriter(writer));
                writer.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Lets the printer close without closing the zip underneath. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
