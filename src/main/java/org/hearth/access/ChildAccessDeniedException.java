package org.hearth.access;

import org.springframework.security.access.AccessDeniedException;

/** The record-level rule refused the current user access to a child's record. Already written to the access log. */
public class ChildAccessDeniedException extends AccessDeniedException {

    public ChildAccessDeniedException(String message) {
        super(message);
    }
}
