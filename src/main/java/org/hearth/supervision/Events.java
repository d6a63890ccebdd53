package org.hearth.supervision;

/** Marker for the supervision module's domain events about a child, all of which name the child. */
public interface Events {
    java.util.UUID childId();
}
