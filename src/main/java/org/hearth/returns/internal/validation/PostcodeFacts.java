package org.hearth.returns.internal.validation;

/**
 * Where a postcode is, for the fields the validator derives (docs/903.md section 1.3): in the app, the postcode
 * directory the places module imported (issue 6); from the command line, a directory file given with --postcodes; or
 * none, when the postcode rules cannot run.
 */
public interface PostcodeFacts {

    /** The postcode's place, or null when the directory does not hold it. */
    Place find(String postcode);

    /** Whether a directory is loaded at all: without one, postcode-derived fields stay blank. */
    boolean available();

    /**
     * @param authority upper-tier code (E06..., E08..., E09..., E10...) or SCO, WAL, NIR outside England
     * @param easting metres, or Integer.MIN_VALUE when the directory has no grid reference
     */
    record Place(String authority, int easting, int northing) {
        public boolean hasGrid() {
            return easting != Integer.MIN_VALUE;
        }
    }

    PostcodeFacts NONE = new PostcodeFacts() {
        @Override
        public Place find(String postcode) {
            return null;
        }

        @Override
        public boolean available() {
            return false;
        }
    };
}
