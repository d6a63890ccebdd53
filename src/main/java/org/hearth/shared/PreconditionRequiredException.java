package org.hearth.shared;

/** An update came without If-Match (428): the API refuses blind overwrites. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
