package org.hearth.pathwayplans;

/** Marker for the pathway plan module's domain events about a young person, all of which name them. */
public interface Events {
    java.util.UUID childId();
}
