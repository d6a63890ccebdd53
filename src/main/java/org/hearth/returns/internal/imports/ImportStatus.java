package org.hearth.returns.internal.imports;

/** Where an import of a 903 return is. */
public enum ImportStatus {
    /** Waiting for the one import before it to finish. */
    QUEUED,
    RUNNING,
    /** Written: everything the return held is in Hearth, apart from the conflicts listed. */
    DONE,
    /** The files had problems (listed row by row): nothing was written. */
    REFUSED,
    /** Something went wrong while writing: the whole import was rolled back. */
    FAILED;

    public boolean finished() {
        return this == DONE || this == REFUSED || this == FAILED;
    }
}
