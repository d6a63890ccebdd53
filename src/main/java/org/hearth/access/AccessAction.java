package org.hearth.access;

/** What was done with a child's record, as written to the access log. */
public enum AccessAction {
    VIEW, CHANGE, EXPORT, GRANT
}
