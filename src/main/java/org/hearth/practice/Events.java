package org.hearth.practice;

/** Marker for the practice module's domain events, all of which name the child. */
public interface Events {
    java.util.UUID childId();
}
