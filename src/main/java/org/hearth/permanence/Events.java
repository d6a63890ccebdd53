package org.hearth.permanence;

/** Marker for the permanence module's domain events about a child, all of which name them. */
public interface Events {
    java.util.UUID childId();
}
