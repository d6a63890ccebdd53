package org.hearth.places.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.hearth.places.ImportProblem;
import org.hearth.places.ImportRefusedException;

/**
 * Reads a CSV file a line at a time, plain or gzip (told by its first bytes, not its name), UTF-8 with or without a
 * byte order mark, picking the wanted columns by their header names (any case) and ignoring the rest. Written for
 * the 2.7 million lines of the postcode directory: one pass, no object per cell that is not wanted. Quoted cells
 * (with doubled quotes inside) are read; a quoted cell spanning lines is not (no ONS file has one).
 */
final class CsvRows implements AutoCloseable {

    private final BufferedReader reader;
    private final int[] wanted;
    private final String[] names;
    private final int width;
    private long line = 1;
    private final String[] values;
    private String text;

    private CsvRows(BufferedReader reader, int[] wanted, String[] names, int width) {
        this.reader = reader;
        this.wanted = wanted;
        this.names = names;
        this.width = width;
        this.values = new String[wanted.length];
    }

    /** Opens the file and finds the columns; refuses a file without a header or without one of them. */
    static CsvRows open(InputStream in, String... columns) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(2);
            int b1 = buffered.read();
            int b2 = buffered.read();
            buffered.reset();
            InputStream content = b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(buffered,
                    1 << 16), 1 << 16) : buffered;
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(content, decoder), 1 << 16);
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw refused(new ImportProblem(1, "", "", "The file is empty: the first line must name the columns"));
            }
            if (header.charAt(0) == '\ufeff') {
                header = header.substring(1);
            }
            List<String> headings = split(header, -1);
            int[] wanted = new int[columns.length];
            List<ImportProblem> missing = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                wanted[i] = -1;
                for (int h = 0; h < headings.size(); h++) {
                    // "##" in a wanted name stands for a two-digit year, as in the ONS lookups' LTLA21CD
                    String wantedName = java.util.regex.Pattern.quote(columns[i].toLowerCase(Locale.ROOT))
                            .replace("##", "\\E[0-9]{2}\\Q");
                    if (headings.get(h).trim().toLowerCase(Locale.ROOT).matches(wantedName)) {
                        wanted[i] = h;
                        break;
                    }
                }
                if (wanted[i] < 0) {
                    missing.add(new ImportProblem(1, columns[i].replace("##", "yy"), "", "The header has no column "
                            + "called " + columns[i].replace("##", "yy")));
                }
            }
            if (!missing.isEmpty()) {
                throw new ImportRefusedException("The file does not have the columns needed (" + String.join(", ",
                        columns).replace("##", "yy") + ")", missing, missing.size());
            }
            String[] found = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                found[i] = headings.get(wanted[i]).trim();
            }
            return new CsvRows(reader, wanted, found, headings.size());
        } catch (CharacterCodingException e) {
            throw refused(new ImportProblem(1, "", "", "The file is not UTF-8 text"));
        } catch (java.util.zip.ZipException e) {
            throw refused(new ImportProblem(0, "", "", "The file looks compressed but is not a readable .gz file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportRefusedException refused(ImportProblem problem) {
        return new ImportRefusedException(problem.problem(), List.of(problem), 1);
    }

    /** The wanted cells of the next line (reused between calls), or null at the end. Blank lines are skipped. */
    String[] next() {
        if (!advance()) {
            return null;
        }
        pick(text);
        return values;
    }

    /**
     * Moves to the next line without splitting it, for a reader that looks at one cell ({@link #cell}) before it
     * wants the others ({@link #cells}): false at the end. Blank lines are skipped.
     */
    boolean advance() {
        try {
            String read;
            do {
                read = reader.readLine();
                line++;
                if (read == null) {
                    text = null;
                    return false;
                }
            } while (read.isEmpty());
            text = read;
            return true;
        } catch (CharacterCodingException e) {
            throw refused(new ImportProblem(line, "", "", "This line is not UTF-8 text"));
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw refused(new ImportProblem(line, "", "", "The .gz file is damaged or cut short here"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One wanted cell of the line {@link #advance()} moved to (null when the line is short), cutting out no other:
     * the ONS's full directory has some fifty columns, each quoted.
     */
    String cell(int index) {
        int column = wanted[index];
        int length = text.length();
        int at = 0;
        for (int c = 0; c < column; c++) {
            boolean quoted = false;
            while (at < length && (quoted || text.charAt(at) != ',')) {
                if (text.charAt(at) == '"') {
                    quoted = !quoted;
                }
                at++;
            }
            if (at >= length) {
                return null;
            }
            at++;
        }
        if (at < length && text.charAt(at) == '"') {
            StringBuilder cell = new StringBuilder(16);
            for (int i = at + 1; i < length; i++) {
                char ch = text.charAt(i);
                if (ch == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                        continue;
                    }
                    break;
                }
                cell.append(ch);
            }
            return cell.toString();
        }
        int end = text.indexOf(',', at);
        return text.substring(at, end < 0 ? length : end);
    }

    /** The wanted cells of the line {@link #advance()} moved to (reused between calls). */
    String[] cells() {
        pick(text);
        return values;
    }

    /** The file line the last {@link #next()} read (the header is line 1). */
    long line() {
        return line;
    }

    String column(int index) {
        return names[index];
    }

    private void pick(String text) {
        java.util.Arrays.fill(values, null);
        int column = 0;
        int start = 0;
        int length = text.length();
        boolean anyQuote = text.indexOf('"') >= 0;
        if (anyQuote) {
            List<String> cells = split(text, width);
            for (int i = 0; i < wanted.length; i++) {
                values[i] = wanted[i] < cells.size() ? cells.get(wanted[i]) : null;
            }
            return;
        }
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == ',') {
                for (int w = 0; w < wanted.length; w++) {
                    if (wanted[w] == column) {
                        values[w] = text.substring(start, i);
                    }
                }
                column++;
                start = i + 1;
            }
        }
    }

    /** Splits one line with RFC 4180 quoting. */
    private static List<String> split(String text, int expected) {
        List<String> cells = new ArrayList<>(Math.max(expected, 4));
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing more to read either way
        }
    }
}
