package org.hearth.places.internal;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.hearth.places.ImportProblem;
import org.hearth.places.Postcodes;

/**
 * One line of the ONS Postcode Directory (columns pcds, oslaua, oseast1m, osnrth1m) checked as the import checks
 * it: shared by the import into the database ({@link PostcodeDirectoryLoader}) and the file read without a database
 * ({@link PostcodeFileReader}, the 903 command line), so both accept and refuse the same lines.
 */
final class PostcodeLines {

    /** The directory's columns the importers read, found by name; the rest are ignored. */
    static final String[] COLUMNS = {"pcds", "oslaua", "oseast1m", "osnrth1m"};

    private static final Pattern DISTRICT = Pattern.compile("[A-Z][0-9]{8}");
    /** Ordnance Survey national grid, metres: Great Britain and Northern Ireland (Irish grid rows are converted). */
    static final int MAX_EASTING = 800_000;
    static final int MAX_NORTHING = 1_300_000;

    /**
     * A line as read.
     *
     * @param district the district code, or null when the directory gives none
     * @param easting whole metres, or -1 when the directory gives no grid reference (then northing is -1 too)
     */
    record Line(String postcode, String district, int easting, int northing) {
    }

    private PostcodeLines() {
    }

    /**
     * Checks one line's cells (in {@link #COLUMNS} order).
     *
     * @param problems told each problem found on the line
     * @return the line, or null when anything on it is wrong
     */
    static Line check(long line, String[] cells, Consumer<ImportProblem> problems) {
        String postcode = Postcodes.normalise(cells[0]);
        String district = cells[1] == null ? "" : cells[1].trim();
        String easting = cells[2] == null ? "" : cells[2].trim();
        String northing = cells[3] == null ? "" : cells[3].trim();
        boolean wrong = false;
        if (postcode == null) {
            wrong = true;
            problems.accept(new ImportProblem(line, "pcds", cells[0], cells[0] == null || cells[0].isBlank()
                    ? "No postcode" : "Not a postcode (expected e.g. LU5 4QQ)"));
        }
        if (!district.isEmpty() && !DISTRICT.matcher(district).matches()) {
            wrong = true;
            problems.accept(new ImportProblem(line, "oslaua", district, "Not an ONS district code (a letter "
                    + "and 8 digits, e.g. E06000056)"));
        }
        int e = -1;
        int n = -1;
        if (easting.isEmpty() != northing.isEmpty()) {
            wrong = true;
            problems.accept(new ImportProblem(line, easting.isEmpty() ? "oseast1m" : "osnrth1m", "",
                    "Half a grid reference: both or neither of oseast1m and osnrth1m must be given"));
        } else if (!easting.isEmpty()) {
            e = metres(easting, MAX_EASTING);
            n = metres(northing, MAX_NORTHING);
            if (e < 0) {
                wrong = true;
                problems.accept(new ImportProblem(line, "oseast1m", easting, "Not an easting in whole metres "
                        + "between 0 and " + MAX_EASTING));
            }
            if (n < 0) {
                wrong = true;
                problems.accept(new ImportProblem(line, "osnrth1m", northing, "Not a northing in whole metres "
                        + "between 0 and " + MAX_NORTHING));
            }
        }
        return wrong ? null : new Line(postcode, district.isEmpty() ? null : district, e, n);
    }

    /** Whole metres within the grid, or -1. ONS writes plain integers. */
    private static int metres(String text, int max) {
        if (text.length() > 7) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= max ? value : -1;
    }
}
