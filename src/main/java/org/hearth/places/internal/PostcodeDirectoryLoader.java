package org.hearth.places.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.hearth.places.ImportProblem;
import org.hearth.places.ImportRefusedException;
import org.hearth.places.Postcodes;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Copies the ONS Postcode Directory into {@code postcode}: every line is checked as it is read and streamed through
 * PostgreSQL COPY into the staging table, then the owner's function swaps it in and builds the primary key once.
 * Must run inside the caller's transaction: a problem anywhere leaves the directory as it was. 2.72 million lines
 * in well under a minute (docs/performance.md).
 */
@Component
public class PostcodeDirectoryLoader {

    /** How many problems the report lists; all are counted. */
    static final int PROBLEMS_LISTED = 200;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    PostcodeDirectoryLoader(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Loads the file; returns the postcodes loaded, or refuses with the row report. */
    public int load(InputStream in) {
        jdbc.sql("SELECT places_begin_postcode_import()").query((rs, n) -> 1).list();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copy;
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY postcode_import_staging (postcode, district_code, easting, northing) FROM STDIN");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start copying the postcode directory: " + e.getMessage(), e);
        }
        List<ImportProblem> problems = new ArrayList<>();
        long problemCount = 0;
        long[] keys = new long[1 << 20];
        int rows = 0;
        byte[] buffer = new byte[1 << 16];
        int used = 0;
        long[] counted = new long[1];
        try (CsvRows file = CsvRows.open(in, PostcodeLines.COLUMNS)) {
            String[] cells;
            while ((cells = file.next()) != null) {
                long line = file.line();
                PostcodeLines.Line read = PostcodeLines.check(line, cells, problem -> {
                    counted[0]++;
                    add(problems, problem);
                });
                problemCount += counted[0];
                counted[0] = 0;
                if (read == null) {
                    continue; // the line's problems are reported
                }
                String postcode = read.postcode();
                String district = read.district() == null ? "" : read.district();
                int e = read.easting();
                int n = read.northing();
                if (rows == keys.length) {
                    keys = Arrays.copyOf(keys, keys.length * 2);
                }
                // the key with the line number beside it, so a repeated postcode can be reported with both lines
                keys[rows++] = (Postcodes.key(postcode) << 23) | Math.min(line, (1 << 23) - 1);
                if (problemCount > 0) {
                    continue; // refused already: only look for more problems
                }
                String row = postcode + '\t' + (district.isEmpty() ? "\\N" : district) + '\t'
                        + (e < 0 ? "\\N" : Integer.toString(e)) + '\t' + (n < 0 ? "\\N" : Integer.toString(n)) + '\n';
                byte[] bytes = row.getBytes(StandardCharsets.US_ASCII);
                if (used + bytes.length > buffer.length) {
                    copy.writeToCopy(buffer, 0, used);
                    used = 0;
                }
                System.arraycopy(bytes, 0, buffer, used, bytes.length);
                used += bytes.length;
            }
            problemCount += repeats(keys, rows, problems);
            if (rows == 0 && problemCount == 0) {
                problemCount++;
                problems.add(new ImportProblem(2, "", "", "The file has a header but no postcodes"));
            }
            if (problemCount > 0) {
                copy.cancelCopy();
                throw new ImportRefusedException("The postcode directory was not imported: " + problemCount
                        + (problemCount == 1 ? " problem" : " problems") + " in the file; nothing was changed",
                        problems, problemCount);
            }
            if (used > 0) {
                copy.writeToCopy(buffer, 0, used);
            }
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("Copying the postcode directory failed: " + e.getMessage(), e);
        } finally {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the transaction rolls back anyway
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return jdbc.sql("SELECT places_finish_postcode_import()").query(Integer.class).single();
    }

    private static void add(List<ImportProblem> problems, ImportProblem problem) {
        if (problems.size() < PROBLEMS_LISTED) {
            problems.add(problem);
        }
    }

    /** Postcodes given more than once: each is a problem (a directory lists each postcode once). */
    private static long repeats(long[] keys, int rows, List<ImportProblem> problems) {
        long[] sorted = Arrays.copyOf(keys, rows);
        Arrays.parallelSort(sorted);
        long found = 0;
        for (int i = 1; i < rows; i++) {
            if ((sorted[i] >>> 23) == (sorted[i - 1] >>> 23)) {
                found++;
                add(problems, new ImportProblem(sorted[i] & ((1 << 23) - 1), "pcds", "",
                        "The same postcode as line " + (sorted[i - 1] & ((1 << 23) - 1))));
            }
        }
        return found;
    }

}
