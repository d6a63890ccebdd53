package org.hearth.missing;

/** Marker for the missing module's domain events about a child, all of which name them. */
public interface Events {
    java.util.UUID childId();
}
