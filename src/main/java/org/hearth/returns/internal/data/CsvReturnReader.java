package org.hearth.returns.internal.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a return's CSV files: each file's table is known by its set of column names, not its file name; UTF-8 with
 * or without a byte order mark; values upper-cased (docs/903.md sections 1 and 1.2). Every problem found is reported
 * with its file and row rather than stopping at the first, so a performance officer can fix a return in one go.
 */
public final class CsvReturnReader {

    /** More problems than this in one file and the rest of it is not read: the file is plainly not a 903 table. */
    static final int PROBLEMS_PER_FILE = 200;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvReturnReader() {
    }

    /** Reads the files side by side (each is one table), then puts them together in the order given. */
    public static ReadResult read(List<ReturnFile> files) {
        // one copy of each distinct value across the files: codes, dates and child ids repeat row after row, and a
        // 50,000-child return is otherwise millions of strings (most of an import's heap)
        Map<String, String> distinct = new ConcurrentHashMap<>();
        List<FileRead> reads = files.parallelStream().map(file -> readFile(file, distinct)).toList();
        Map<ReturnTable, List<ReturnRow>> rows = new EnumMap<>(ReturnTable.class);
        Map<ReturnTable, String> sources = new EnumMap<>(ReturnTable.class);
        List<ReadProblem> problems = new ArrayList<>();
        for (FileRead read : reads) {
            if (read.table() != null && sources.containsKey(read.table())) {
                problems.add(ReadProblem.ofFile(read.file(), "Has the columns of the " + read.table().dfeName()
                        + " table, as does " + sources.get(read.table()) + ": give each table once"));
                continue;
            }
            problems.addAll(read.problems());
            if (read.table() != null) {
                sources.put(read.table(), read.file());
                rows.put(read.table(), read.rows());
            }
        }
        return new ReadResult(new ReturnData(rows, sources), List.copyOf(problems));
    }

    /** One file's table (null when not recognised), rows and problems. */
    private record FileRead(String file, ReturnTable table, List<ReturnRow> rows, List<ReadProblem> problems) {
    }

    private static FileRead readFile(ReturnFile file, Map<String, String> distinct) {
        List<ReadProblem> problems = new ArrayList<>();
        List<ReturnRow> tableRows = new ArrayList<>();
        ReturnTable table = null;
        String text = decode(file, problems);
        if (text == null) {
            return new FileRead(file.name(), null, tableRows, problems);
        }
        int before = problems.size();
        // the last row read whole: a file cut short ends in the row after it
        int lastLine = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                problems.add(ReadProblem.ofFile(file.name(), "The file is empty: a 903 file starts with a row of "
                        + "column names"));
                return new FileRead(file.name(), null, tableRows, problems);
            }
            List<String> header = records.next().toList();
            lastLine = 1;
            table = ReturnTable.recognise(header).orElse(null);
            if (table == null) {
                problems.add(ReadProblem.ofFile(file.name(), unrecognised(header)));
                return new FileRead(file.name(), null, tableRows, problems);
            }
            int[] positions = positions(table, header);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) record.getRecordNumber();
                lastLine = line;
                if (record.size() != header.size()) {
                    problems.add(new ReadProblem(file.name(), line, null, null, "Has " + record.size()
                            + " values where the header has " + header.size() + " columns"));
                } else {
                    String[] values = new String[table.columns().size()];
                    for (int i = 0; i < positions.length; i++) {
                        String value = ReturnRow.clean(record.get(positions[i]));
                        values[i] = value == null ? null : distinct.computeIfAbsent(value, v -> v);
                    }
                    tableRows.add(new ReturnRow(table, line, values));
                }
                if (problems.size() - before >= PROBLEMS_PER_FILE) {
                    problems.add(ReadProblem.ofFile(file.name(), "Stopped reading after " + PROBLEMS_PER_FILE
                            + " problems"));
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports an unterminated quoted value (a truncated file) this way
            problems.add(new ReadProblem(file.name(), lastLine + 1, null, null, "The file ends part way through a "
                    + "value, or a quoted value is not closed: it may have been cut short"));
        }
        return new FileRead(file.name(), table, tableRows, problems);
    }

    /** UTF-8 with or without its byte order mark; anything else is refused with what to do about it. */
    static String decode(ReturnFile file, List<ReadProblem> problems) {
        byte[] bytes = file.content();
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            problems.add(ReadProblem.ofFile(file.name(), "The file is saved as UTF-16: save it as UTF-8 (CSV UTF-8 "
                    + "in Excel) and upload it again"));
            return null;
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            problems.add(ReadProblem.ofFile(file.name(), "The file is not UTF-8 text: save it as UTF-8 (CSV UTF-8 "
                    + "in Excel) and upload it again"));
            return null;
        }
    }

    /** Where each of the table's file columns is in this file's header. */
    private static int[] positions(ReturnTable table, List<String> header) {
        int[] positions = new int[table.fileColumns().size()];
        for (int i = 0; i < positions.length; i++) {
            String wanted = table.fileColumns().get(i);
            for (int j = 0; j < header.size(); j++) {
                if (header.get(j).trim().toUpperCase(Locale.ROOT).equals(wanted)) {
                    positions[i] = j;
                }
            }
        }
        return positions;
    }

    /** Names the table whose columns are nearest, and what is missing or extra, so the file can be put right. */
    static String unrecognised(List<String> header) {
        Set<String> given = new HashSet<>();
        header.forEach(h -> given.add(h == null ? "" : h.trim().toUpperCase(Locale.ROOT)));
        ReturnTable nearest = java.util.Arrays.stream(ReturnTable.values())
                .max(Comparator.comparingLong(t -> t.fileColumns().stream().filter(given::contains).count()))
                .orElseThrow();
        List<String> missing = nearest.fileColumns().stream().filter(c -> !given.contains(c)).toList();
        List<String> extra = given.stream().filter(c -> !nearest.fileColumns().contains(c)).sorted().toList();
        StringBuilder message = new StringBuilder("The columns do not match any 903 table");
        if (nearest.fileColumns().stream().anyMatch(given::contains)) {
            message.append(": nearest is ").append(nearest.dfeName());
            if (!missing.isEmpty()) {
                message.append(", missing ").append(String.join(", ", missing));
            }
            if (!extra.isEmpty()) {
                message.append(", not expected ").append(String.join(", ", extra));
            }
        }
        return message.toString();
    }
}
