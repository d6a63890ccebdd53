package org.hearth.lifestory;

/** Marker for the life story module's domain events about a child, all of which name them. */
public interface Events {
    java.util.UUID childId();
}
