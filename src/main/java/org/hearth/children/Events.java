package org.hearth.children;

/** Marker for the children module's domain events, all of which name the child. */
public interface Events {
    java.util.UUID childId();
}
