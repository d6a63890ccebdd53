package org.hearth.shared;

/**
 * Someone else changed the record since the user loaded it (optimistic locking). The API answers 412; pages show
 * what changed and keep the user's input.
 */
public class StaleEditException extends RuntimeException {

    private final int currentVersion;

    public StaleEditException(String message, int currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
