package org.hearth.places;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hearth.places.internal.PostcodeFileReader;

/**
 * The ONS Postcode Directory read straight from its file, without Spring or the database, for the postcodes a caller
 * names: what the 903 command line derives PL_LA, PL_LOCATION and PL_DISTANCE from (issue 8), where Hearth itself
 * uses the imported directory. The file is read and its lines checked as the places module's import reads them
 * (columns pcds, oslaua, oseast1m, osnrth1m by name; plain, gzip or zip), and the upper tier over a district is the
 * one the authority lookup gives, as in Hearth.
 */
public final class PostcodeDirectoryFile implements PostcodeGrid {

    private final Map<String, GridPlace> places;
    private final long lines;
    private final List<String> districtsWithoutUpperTier;

    private PostcodeDirectoryFile(PostcodeFileReader.Read read) {
        this.places = read.places();
        this.lines = read.lines();
        this.districtsWithoutUpperTier = read.districtsWithoutUpperTier();
    }

    /**
     * Reads the directory, keeping only the postcodes wanted.
     *
     * @param directory the ONSPD CSV (or .gz, or the ONS's zip)
     * @param authorityLookup the lookup as {@link #readAuthorityLookup} read it, or null: then postcodes in two-tier
     *                        areas (E07 districts) have no authority, since only E06, E08 and E09 districts are their
     *                        own upper tier
     * @param postcodes the postcodes to keep, in any form; others in the file are passed over
     * @throws java.nio.file.NoSuchFileException or another IOException when a file cannot be read
     * @throws ImportRefusedException when a file is not one of these (columns missing, not UTF-8, a wanted postcode's
     *                                line wrong), with the row report
     */
    public static PostcodeDirectoryFile read(Path directory, AuthorityLookup authorityLookup,
            Collection<String> postcodes) throws IOException {
        return new PostcodeDirectoryFile(PostcodeFileReader.read(directory,
                authorityLookup == null ? null : authorityLookup.upperTierByDistrict, postcodes));
    }

    /**
     * Reads the ONS lower-tier to upper-tier authority lookup (LTLAyyCD, LTLAyyNM, UTLAyyCD, UTLAyyNM; CSV or zip),
     * checked as its import checks it.
     *
     * @throws ImportRefusedException when a row breaks the lookup's rules, with the row report
     */
    public static AuthorityLookup readAuthorityLookup(Path file) throws IOException {
        return new AuthorityLookup(Map.copyOf(PostcodeFileReader.readLookup(file)));
    }

    /** The upper tier over each district, from the lookup file. */
    public static final class AuthorityLookup {

        private final Map<String, String> upperTierByDistrict;

        private AuthorityLookup(Map<String, String> upperTierByDistrict) {
            this.upperTierByDistrict = upperTierByDistrict;
        }

        public int districts() {
            return upperTierByDistrict.size();
        }
    }

    @Override
    public Optional<GridPlace> find(String postcode) {
        String normalised = Postcodes.normalise(postcode);
        return normalised == null ? Optional.empty() : Optional.ofNullable(places.get(normalised));
    }

    /** A directory was read (the file had postcodes, whether or not any was wanted). */
    @Override
    public boolean available() {
        return lines > 0;
    }

    /** How many of the wanted postcodes the directory holds. */
    public int found() {
        return places.size();
    }

    /** The directory's lines read. */
    public long lines() {
        return lines;
    }

    /** Districts of postcodes found whose upper-tier authority could not be told: their postcodes have none. */
    public List<String> districtsWithoutUpperTier() {
        return districtsWithoutUpperTier;
    }
}
