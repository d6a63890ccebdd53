package org.hearth.web;

/** An update came without If-Match (428): the API refuses blind overwrites. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
