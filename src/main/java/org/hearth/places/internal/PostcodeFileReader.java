package org.hearth.places.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.hearth.places.ImportProblem;
import org.hearth.places.ImportRefusedException;
import org.hearth.places.PostcodeGrid.GridPlace;
import org.hearth.places.Postcodes;
import org.hearth.places.internal.PlacesRepository.StoredDistrict;

/**
 * Reads the postcodes a caller asks for from an ONS Postcode Directory file, without Spring or a database (the 903
 * command line, issue 8). The file is read as the import reads it ({@link CsvRows}: plain, gzip or, here, a zip;
 * columns by name) and its lines checked as the import checks them ({@link PostcodeLines}), but only the lines of
 * the wanted postcodes are checked and kept: the other 2.7 million are passed over after their postcode is turned
 * into a number, so the file is read in seconds with little memory.
 */
public final class PostcodeFileReader {

    /**
     * What was read.
     *
     * @param places the wanted postcodes found, by directory form (e.g. "LU5 4QQ")
     * @param lines the directory's lines read
     * @param districtsWithoutUpperTier English districts of found postcodes whose upper tier could not be told (no
     *                                  lookup given and not their own upper tier, or not in the lookup given)
     */
    public record Read(Map<String, GridPlace> places, long lines, List<String> districtsWithoutUpperTier) {
    }

    private PostcodeFileReader() {
    }

    /**
     * @param directory the ONSPD file: CSV, gzip, or a zip holding it (its largest .csv entry, as in the ONS's own zip
     *                  where the whole-UK file sits beside the documents and the per-area files)
     * @param upperTierByDistrict the upper tier over each district by the ONS LTLA->UTLA lookup
     *                            ({@link #readLookup}), or null: then only districts that are their own upper tier
     *                            (E06, E08, E09) get one, and E07 districts' postcodes have no authority
     * @param postcodes the postcodes wanted, in any form ("lu54qq"); those that cannot be postcodes are left out
     * @throws ImportRefusedException when a file lacks the columns, is not UTF-8, or a wanted postcode's line is wrong
     */
    public static Read read(Path directory, Map<String, String> upperTierByDistrict, Collection<String> postcodes)
            throws IOException {
        UnaryOperator<String> upperTier = upperTierByDistrict == null ? ownUpperTierOnly() : upperTierByDistrict::get;
        long[] wanted = postcodes.stream().mapToLong(Postcodes::keyOf).filter(k -> k >= 0).distinct().sorted()
                .toArray();
        Map<String, GridPlace> places = new HashMap<>(Math.max(16, wanted.length * 2));
        Map<String, Long> lineOf = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        TreeSet<String> unplaced = new TreeSet<>();
        long lines = 0;
        try (InputStream in = open(directory); CsvRows file = CsvRows.open(in, PostcodeLines.COLUMNS)) {
            while (file.advance()) {
                lines++;
                // only the postcode is looked at on the lines not wanted: no other cell is cut out of them
                if (wanted.length == 0 || Arrays.binarySearch(wanted, Postcodes.keyOf(file.cell(0))) < 0) {
                    continue;
                }
                long line = file.line();
                PostcodeLines.Line read = PostcodeLines.check(line, file.cells(), problems::add);
                if (read == null) {
                    continue;
                }
                Long before = lineOf.put(read.postcode(), line);
                if (before != null) {
                    problems.add(new ImportProblem(line, "pcds", read.postcode(), "The same postcode as line "
                            + before));
                    continue;
                }
                String authority = UpperTiers.of(read.district(), upperTier);
                if (authority == null && read.district() != null) {
                    unplaced.add(read.district());
                }
                places.put(read.postcode(), new GridPlace(read.postcode(), authority,
                        read.easting() < 0 ? null : read.easting(), read.northing() < 0 ? null : read.northing()));
            }
        }
        if (lines == 0) {
            problems.add(new ImportProblem(2, "", "", "The file has a header but no postcodes"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException("The postcode directory could not be used: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + " on the lines of the postcodes wanted",
                    problems.size() > PostcodeDirectoryLoader.PROBLEMS_LISTED
                            ? problems.subList(0, PostcodeDirectoryLoader.PROBLEMS_LISTED) : problems,
                    problems.size());
        }
        return new Read(places, lines, List.copyOf(unplaced));
    }

    /**
     * The upper tier over each district by an ONS LTLA->UTLA lookup file (CSV or a zip holding it), read and checked
     * as its import does, the 2023 unitaries added.
     *
     * @throws ImportRefusedException when the file breaks the lookup's rules, with the row report
     */
    public static Map<String, String> readLookup(Path lookup) throws IOException {
        Map<String, String> byDistrict = new HashMap<>();
        try (InputStream in = open(lookup)) {
            for (StoredDistrict district : AuthorityLookupReader.read(in).districts()) {
                byDistrict.put(district.code(), district.upperTierCode());
            }
        }
        return byDistrict;
    }

    /** Without the lookup: a unitary, metropolitan district or London borough is its own upper tier; no other is. */
    private static UnaryOperator<String> ownUpperTierOnly() {
        return district -> AuthorityLookupReader.isOwnUpperTier(district) ? district : null;
    }

    /** The file's bytes; for a zip, its largest .csv entry's (the stream closes the zip). */
    static InputStream open(Path file) throws IOException {
        byte[] start = new byte[4];
        try (InputStream peek = Files.newInputStream(file)) {
            if (peek.readNBytes(start, 0, 4) < 4 || start[0] != 'P' || start[1] != 'K' || start[2] != 3
                    || start[3] != 4) {
                return Files.newInputStream(file);
            }
        }
        ZipFile zip = new ZipFile(file.toFile());
        ZipEntry csv = zip.stream().filter(e -> !e.isDirectory() && e.getName().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".csv")).max(Comparator.comparingLong(ZipEntry::getSize)).orElse(null);
        if (csv == null) {
            zip.close();
            throw new ImportRefusedException("The zip holds no .csv file", List.of(new ImportProblem(0, "", "",
                    "The zip holds no .csv file")), 1);
        }
        InputStream entry = zip.getInputStream(csv);
        return new java.io.FilterInputStream(entry) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }
}
